namespace Vms.Rtsp.Auth;

/// <summary>The verdict of the server-side authenticator.</summary>
public enum AuthenticationOutcome
{
    Success,

    /// <summary>No Authorization header: answer 401 with challenges.</summary>
    MissingCredentials,

    /// <summary>The Authorization header cannot be read.</summary>
    Malformed,

    /// <summary>A scheme or algorithm this server does not accept.</summary>
    UnsupportedScheme,

    UnknownUser,

    /// <summary>Wrong password, realm, uri, or a nonce this server did not issue.</summary>
    InvalidCredentials,

    /// <summary>Right credentials on an expired nonce: answer 401 with <c>stale=true</c>.</summary>
    StaleNonce,
}
