namespace Vms.Host.Security;

/// <summary>The outcome of a password login: the account when it succeeded, else why not (and until when it is locked).</summary>
public sealed record LoginResult(UserAccount? User, string Reason, DateTimeOffset? LockedUntil = null)
{
    public bool Succeeded => User is not null;
}
