namespace Vms.Onvif.Security;

/// <summary>Why a UsernameToken was refused (all become <c>env:Sender/ter:NotAuthorized</c> on the wire).</summary>
public enum UsernameTokenFailure
{
    None,
    Malformed,
    MissingNonce,
    MissingCreated,
    InvalidCreated,
    OutsideWindow,
    Replayed,
    UnknownUser,
    WrongPassword,
    PasswordTextRefused,
}
