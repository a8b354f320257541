namespace Vms.Host.Security;

/// <summary>What is known of an API token (never the token itself).</summary>
public sealed record ApiTokenInfo(long Id, string User, string Label, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
