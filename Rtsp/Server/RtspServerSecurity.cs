using Vms.Rtsp.Auth;

namespace Vms.Rtsp.Server;

/// <summary>
/// Who may use the server. With authentication, DESCRIBE and the first SETUP of a session need valid
/// credentials (401 with Digest challenges otherwise; later requests of a session are bound to its
/// unguessable id). With an <see cref="Authorizer"/>, each (user, path, action) is then allowed or refused
/// (403), which is where the Host applies rights and audits access.
/// </summary>
public sealed class RtspServerSecurity
{
    private readonly DigestCredentialLookup? _users;
    private readonly bool _allowBasic;
    private readonly DigestAuthenticator? _authenticator;

    private RtspServerSecurity(DigestCredentialLookup? users, bool allowBasic, DigestAuthenticator? authenticator, IRtspAuthorizer? authorizer)
    {
        _users = users;
        _allowBasic = allowBasic;
        _authenticator = authenticator;
        Authorizer = authorizer;
    }

    /// <summary>Per-path rights; null: every authenticated user may do everything.</summary>
    public IRtspAuthorizer? Authorizer { get; }

    /// <summary>
    /// Digest authentication (SHA-256 and MD5 challenges, qop=auth, realm <see cref="RtspServerOptions.Realm"/>)
    /// against <paramref name="users"/>; Basic too when <paramref name="allowBasic"/> (only over trusted networks).
    /// </summary>
    public static RtspServerSecurity Digest(DigestCredentialLookup users, IRtspAuthorizer? authorizer = null, bool allowBasic = false)
    {
        ArgumentNullException.ThrowIfNull(users);
        return new(users, allowBasic, null, authorizer);
    }

    /// <summary>Authentication by a prepared authenticator (its own realm, algorithms and nonce lifetime).</summary>
    public static RtspServerSecurity WithAuthenticator(DigestAuthenticator authenticator, IRtspAuthorizer? authorizer = null)
    {
        ArgumentNullException.ThrowIfNull(authenticator);
        return new(null, false, authenticator, authorizer);
    }

    /// <summary>No authentication (user null), but every (path, action) goes through <paramref name="authorizer"/>.</summary>
    public static RtspServerSecurity AuthorizationOnly(IRtspAuthorizer authorizer)
    {
        ArgumentNullException.ThrowIfNull(authorizer);
        return new(null, false, null, authorizer);
    }

    /// <summary>The authenticator the server shares between its connections (null: no authentication).</summary>
    internal DigestAuthenticator? CreateAuthenticator(RtspServerOptions options, TimeProvider time) =>
        _authenticator ?? (_users is null
            ? null
            : new DigestAuthenticator(new DigestAuthenticatorOptions { Realm = options.Realm, AllowBasic = _allowBasic }, _users, time));
}
