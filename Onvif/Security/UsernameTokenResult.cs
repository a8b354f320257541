namespace Vms.Onvif.Security;

/// <summary>The outcome of validating a UsernameToken.</summary>
public readonly record struct UsernameTokenResult(OnvifUser? User, UsernameTokenFailure Failure, string? Username)
{
    public bool Succeeded => Failure == UsernameTokenFailure.None && User is not null;

    internal static UsernameTokenResult Fail(UsernameTokenFailure failure, string? username = null) => new(null, failure, username);
}
