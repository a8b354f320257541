using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>
/// The seam through which the security feature protects the RTSP server: Digest authentication against the
/// service's users and an <see cref="IRtspAuthorizer"/> deciding live or playback rights per path (map a path
/// with <see cref="StreamPath.TryParse"/>). Registered before the streaming services, it replaces the default,
/// which serves everyone.
/// </summary>
public interface IRtspSecurityProvider
{
    /// <summary>The server's security, or null to serve everyone.</summary>
    RtspServerSecurity? CreateSecurity();
}
