using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

internal sealed partial class ServerConnection
{
    /// <summary>DESCRIBE: the SDP of the path's tracks, with Content-Base so track controls resolve under the request URL.</summary>
    private async ValueTask<RtspResponse?> DescribeAsync(RtspRequest request, CancellationToken cancellationToken)
    {
        var target = Target(request);
        var (user, challenge) = await AuthorizeAsync(request, target, RtspAction.Describe, cancellationToken).ConfigureAwait(false);
        if (challenge is not null)
        {
            return challenge;
        }

        RtspMediaSource? resolved;
        try
        {
            resolved = await _server.Resolver.ResolveAsync(
                new RtspPathRequest(target.Path, target.Query, user, RemoteEndPoint, RtspAction.Describe),
                cancellationToken).ConfigureAwait(false);
        }
        catch (RtspPlaybackException ex)
        {
            // the resolver's own refusal (e.g. 400 for an unreadable playback start): its status, and the reason as the body
            ServerLog.RequestRefused(_logger, Id, request.Method, ex.StatusCode, ex.Message);
            var refused = Refuse(request, ex.StatusCode, ex.Message);
            refused.SetBody("text/plain; charset=utf-8", ex.Message);
            return refused;
        }

        var source = resolved ?? throw new RtspRequestException(RtspStatusCodes.NotFound, $"no stream at '{target.Path}'");
        try
        {
            if (source is RtspStream && OnvifReplayRequest.Requires(request))
            {
                throw OnvifReplayRequest.NotOnLive(target.Path);
            }

            var contentBase = RequestTarget.ContentBase(request.Uri);
            var sdp = SessionDescriptions.Describe(source, _server.Options.ServerName, LocalAddress());
            var response = RtspResponse.For(request, RtspStatusCodes.Ok);
            response.Headers.Set(RtspHeaderNames.ContentBase, contentBase);
            response.Headers.Set(RtspHeaderNames.ContentType, "application/sdp");
            response.Headers.Set(RtspHeaderNames.Server, _server.Options.ServerName);
            response.Body = sdp;
            return response;
        }
        finally
        {
            // a playback made for DESCRIBE only is not kept: SETUP resolves its own
            if (source is PlaybackMediaSource playback)
            {
                await playback.Source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private string LocalAddress() => (_transport.LocalEndPoint as System.Net.IPEndPoint)?.Address.ToString() ?? "0.0.0.0";
}
