namespace Vms.Onvif.Security;

/// <summary>Why HTTP Digest credentials were refused.</summary>
public enum HttpDigestFailure
{
    None,
    Malformed,
    RealmMismatch,
    UnsupportedAlgorithm,
    MissingQop,
    InvalidNonce,
    StaleNonce,
    UriMismatch,
    Replayed,
    UnknownUser,
    WrongResponse,
}
