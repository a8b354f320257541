namespace Vms.Rtsp.Server;

/// <summary>
/// Who may use the server. With an <see cref="Authenticator"/>, DESCRIBE and the first SETUP of a session need
/// valid credentials (401 with Digest challenges otherwise; later requests of a session are bound to its
/// unguessable id). With an <see cref="Authorizer"/>, each (user, path, action) is then allowed or refused (403).
/// </summary>
/// <param name="Authenticator">Digest (and optionally Basic) checking against the Host's user store; null: no authentication.</param>
/// <param name="Authorizer">Per-path rights; null: every authenticated user may do everything.</param>
public sealed record RtspServerSecurity(object? Authenticator, IRtspAuthorizer? Authorizer = null)
{
    internal IRequestAuthenticator? CreateAuthenticator(ServerContext context) =>
        null;
}
