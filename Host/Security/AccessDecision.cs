namespace Vms.Host.Security;

/// <summary>The answer to "may this user do this now?", with the reason given to the user and written to the audit log.</summary>
public sealed record AccessDecision(bool Allowed, string Reason, Requisition? Requisition = null)
{
    public static AccessDecision Allow(string reason, Requisition? requisition = null) => new(true, reason, requisition);

    public static AccessDecision Deny(string reason) => new(false, reason);
}
