using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>The default until the security feature registers its own <see cref="IRtspSecurityProvider"/>: no authentication.</summary>
internal sealed class OpenRtspSecurity : IRtspSecurityProvider
{
    public RtspServerSecurity? CreateSecurity() => null;
}
