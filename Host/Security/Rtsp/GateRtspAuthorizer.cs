using Vms.Rtsp.Server;

namespace Vms.Host.Security.Rtsp;

/// <summary>
/// An <see cref="IRtspAuthorizer"/> over the <see cref="IAccessGate"/> for live paths: the path's camera (from
/// <paramref name="cameraOfPath"/>; null → 403) must be viewable live by the authenticated user now. Requests
/// without a user (authentication off) are refused. Playback paths need the streaming feature's own mapping to a
/// time range (<see cref="Rights.Playback"/> with <see cref="AccessRequest.From"/>/<see cref="AccessRequest.To"/>).
/// </summary>
public sealed class GateRtspAuthorizer(IAccessGate gate, Func<string, CameraRef?> cameraOfPath) : IRtspAuthorizer
{
    public async ValueTask<bool> AuthorizeAsync(RtspPathRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.User is null || cameraOfPath(request.Path) is not { } camera)
        {
            return false;
        }

        var client = (request.RemoteEndPoint as System.Net.IPEndPoint)?.Address.ToString();
        var decision = await gate.CheckAsync(new AccessRequest(request.User, Rights.Live, camera, ClientAddress: client), cancellationToken).ConfigureAwait(false);
        return decision.Allowed;
    }
}
