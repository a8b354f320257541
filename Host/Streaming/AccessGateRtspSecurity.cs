using Vms.Host.Security;
using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>
/// RTSP security from the service's access gate: Digest against the users' stored secrets, rights per path by
/// <see cref="RtspPathAuthorizer"/>, and a live-view lease per live session (<see cref="LiveSessionLeases"/>: the
/// session is closed when the user's right ends, <c>live.start</c>/<c>live.stop</c> audited).
/// </summary>
internal sealed class AccessGateRtspSecurity(IAccessGate gate, RtspPathAuthorizer authorizer, IServiceProvider services, ILoggerFactory loggers) : IRtspSecurityProvider
{
    public string Realm => gate.Realm;

    public RtspServerSecurity? CreateSecurity() => RtspServerSecurity.Digest(gate.LookupDigestAsync, authorizer);

    public IRtspPathResolver WrapResolver(IRtspPathResolver resolver) => new LiveSessionLeases(resolver, gate, services, loggers.CreateLogger<LiveSessionLeases>());
}
