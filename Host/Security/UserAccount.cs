namespace Vms.Host.Security;

/// <summary>A person who may log in. Secrets are never returned by the API or written to logs.</summary>
/// <param name="Name">Login name (unique).</param>
/// <param name="DisplayName">Full name for reports and the audit log.</param>
/// <param name="Roles">Role names; built-in roles carry their rights on every camera.</param>
/// <param name="Disabled">A disabled account cannot log in, by any path.</param>
/// <param name="PasswordHash">PBKDF2 hash (<see cref="PasswordHasher"/>); null until a password is set.</param>
/// <param name="DigestHa1">RTSP Digest secrets for the site realm (MD5 and SHA-256 HA1), derived when the password is set.</param>
public sealed record UserAccount(
    string Name,
    string DisplayName,
    IReadOnlySet<string> Roles,
    bool Disabled,
    string? PasswordHash,
    DigestSecrets? DigestHa1)
{
    public bool CanLogIn => !Disabled && PasswordHash is not null;
}
