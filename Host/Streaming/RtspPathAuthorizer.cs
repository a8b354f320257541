using System.Net;
using Vms.Host.Audit;
using Vms.Host.Cameras;
using Vms.Host.Security;
using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>
/// Rights per RTSP path: a live path needs <see cref="Rights.Live"/> on the camera now; a playback path needs
/// <see cref="Rights.Playback"/> over the requested range (from <c>start</c> to <c>end</c>, or to now), which the
/// gate grants only inside an open requisition naming the user. Refusals are audited by the gate; the start of
/// an allowed playback (SETUP) is audited here, a live view's by its lease (<see cref="LiveSessionLeases"/>).
/// </summary>
internal sealed class RtspPathAuthorizer(IAccessGate gate, IAuditLog audit, IServiceProvider services, TimeProvider time) : IRtspAuthorizer
{
    public async ValueTask<bool> AuthorizeAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StreamPath.TryParse(request.Path, out var path))
        {
            return true; // not a camera path: the resolver answers 404
        }

        if (request.User is not { } user)
        {
            return false;
        }

        var catalog = services.GetService<ICameraCatalog>();
        var info = catalog is null ? null : await catalog.FindAsync(path.CameraId, cancellationToken).ConfigureAwait(false);
        var camera = new CameraRef(path.CameraId, info?.Group);
        var client = (request.RemoteEndPoint as IPEndPoint)?.Address.ToString();
        AccessRequest access;
        if (!path.IsPlayback)
        {
            access = new AccessRequest(user, Rights.Live, camera, ClientAddress: client);
        }
        else if (PlaybackQuery.TryParse(request.Query, out var query, out _) && query.Start <= time.GetUtcNow())
        {
            access = new AccessRequest(user, Rights.Playback, camera, query.Start, query.End ?? time.GetUtcNow(), client);
        }
        else
        {
            return true; // an unreadable range or a start in the future is refused by the resolver (400, saying why)
        }

        var decision = await gate.CheckAsync(access, cancellationToken).ConfigureAwait(false);
        if (decision.Allowed && request.Action == RtspAction.Play && path.IsPlayback)
        {
            await audit.AppendAsync(
                AuditRecord.Of(AuditActions.PlaybackStart, user, AuditRecord.CameraTarget(path.CameraId), client, ("path", "/" + request.Path), ("query", request.Query), ("requisition", decision.Requisition?.Reference)),
                cancellationToken).ConfigureAwait(false);
        }

        return decision.Allowed;
    }
}
