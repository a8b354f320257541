using System.Net;
using Vms.Host.Cameras;
using Vms.Host.Security;
using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>
/// Ties each live RTSP session to a live-view lease of the access gate: when the first SETUP binds a session to a
/// live path, <see cref="IAccessGate.OpenLiveAsync"/> is called (audits <c>live.start</c>); when the lease is revoked
/// (schedule hand-over, account disabled, grant removed; audited as <c>live.handover</c>) the session is closed;
/// when the session ends for any reason the lease is disposed (audits <c>live.stop</c> with the duration). A lease
/// refused at that instant (the right ended since the authorizer's check) refuses the SETUP with 403.
/// </summary>
internal sealed partial class LiveSessionLeases(IRtspPathResolver inner, IAccessGate gate, IServiceProvider services, ILogger logger) : IRtspPathResolver
{
    public async ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = await inner.ResolveAsync(request, cancellationToken).ConfigureAwait(false);
        if (source is not RtspStream
            || request is not { Action: RtspAction.Play, Session: { } session, User: { } user }
            || !StreamPath.TryParse(request.Path, out var path)
            || path.IsPlayback)
        {
            return source;
        }

        var catalog = services.GetService<ICameraCatalog>();
        var info = catalog is null ? null : await catalog.FindAsync(path.CameraId, cancellationToken).ConfigureAwait(false);
        var client = (request.RemoteEndPoint as IPEndPoint)?.Address.ToString();
        var lease = await gate.OpenLiveAsync(user, new CameraRef(path.CameraId, info?.Group), client, cancellationToken).ConfigureAwait(false);
        if (!lease.Allowed)
        {
            await lease.DisposeAsync().ConfigureAwait(false);
            throw new RtspPlaybackException($"live view refused: {lease.Decision.Reason}", 403);
        }

        var revoked = lease.Revoked.Register(() =>
        {
            var reason = "live right ended: " + lease.RevokedReason;
            LogRevoked(logger, session.Id, user, path.CameraId, reason);
            session.Close(reason);
        });
        if (!session.OnEnded(async _ => await ReleaseAsync(revoked, lease).ConfigureAwait(false)))
        {
            await ReleaseAsync(revoked, lease).ConfigureAwait(false);
        }

        return source;
    }

    private static async ValueTask ReleaseAsync(CancellationTokenRegistration revoked, LiveAccess lease)
    {
        await revoked.DisposeAsync().ConfigureAwait(false);
        await lease.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5336, Level = LogLevel.Information, Message = "Closing RTSP session {SessionId} of '{User}' on camera {Camera}: {Reason}")]
    private static partial void LogRevoked(ILogger logger, string sessionId, string user, string camera, string reason);
}
