namespace Vms.Host.Security;

/// <summary>The answer to "may this user do this now?", with the reason given to the user and written to the audit log.</summary>
/// <param name="ValidUntil">For an allowed decision: when the right that allowed it may end (schedule boundary,
/// requisition expiry); null when it does not end by itself.</param>
public sealed record AccessDecision(bool Allowed, string Reason, Requisition? Requisition = null, DateTimeOffset? ValidUntil = null)
{
    public static AccessDecision Allow(string reason, Requisition? requisition = null, DateTimeOffset? validUntil = null) => new(true, reason, requisition, validUntil);

    public static AccessDecision Deny(string reason) => new(false, reason);
}
