using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>
/// Who may use the RTSP server: authentication and per-path rights (map a path with
/// <see cref="StreamPath.TryParse"/>). The default is <see cref="AccessGateRtspSecurity"/> (Digest against the
/// service's users, live and playback rights through the access gate); an embedding application may register
/// its own before calling <c>AddVms</c>.
/// </summary>
public interface IRtspSecurityProvider
{
    /// <summary>The Digest realm announced (the one the users' stored secrets are derived for).</summary>
    string Realm { get; }

    /// <summary>The server's security, or null to serve everyone.</summary>
    RtspServerSecurity? CreateSecurity();

    /// <summary>
    /// The resolver the server uses, built around the service's path resolver (e.g. to tie a live-view lease to each
    /// session through <see cref="RtspPathRequest.Session"/>); by default the resolver itself.
    /// </summary>
    IRtspPathResolver WrapResolver(IRtspPathResolver resolver) => resolver;
}
