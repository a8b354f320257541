using Vms.Host.Security;
using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>RTSP security from the service's access gate: Digest against the users' stored secrets, rights per path by <see cref="RtspPathAuthorizer"/>.</summary>
internal sealed class AccessGateRtspSecurity(IAccessGate gate, RtspPathAuthorizer authorizer) : IRtspSecurityProvider
{
    public string Realm => gate.Realm;

    public RtspServerSecurity? CreateSecurity() => RtspServerSecurity.Digest(gate.LookupDigestAsync, authorizer);
}
