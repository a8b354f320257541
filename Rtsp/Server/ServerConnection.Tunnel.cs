using System.IO.Pipelines;
using System.Text;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Server;

internal sealed partial class ServerConnection
{
    private static readonly byte[] TunnelOk = Encoding.ASCII.GetBytes(
        "HTTP/1.0 200 OK\r\nContent-Type: application/x-rtsp-tunnelled\r\nCache-Control: no-cache\r\nPragma: no-cache\r\nConnection: close\r\n\r\n");

    private static readonly byte[] HttpBadRequest = Encoding.ASCII.GetBytes("HTTP/1.0 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");

    private HttpTunnelRegistry? _tunnels;
    private string? _tunnelCookie;
    private Pipe? _tunnelRequests;
    private Task _tunnelWatcher = Task.CompletedTask;

    /// <summary>
    /// Looks at the first bytes: RTSP goes on as usual; an HTTP GET opens a tunnel whose RTSP input is fed by
    /// POSTs with the same cookie (responses and media then go out on this GET connection); an HTTP POST feeds
    /// its tunnel and never carries RTSP itself. Returns the reader of RTSP requests, or a reason to stop.
    /// </summary>
    private async Task<(PipeReader? Input, string? Stop)> OpenAsync(HttpTunnelRegistry? tunnels, CancellationToken cancellationToken)
    {
        var input = _transport.Input;
        if (tunnels is null)
        {
            return (input, null);
        }

        for (var guard = 0; guard < HttpTunnelHead.MaxBytes; guard++)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var http = HttpTunnelHead.LooksLikeHttp(buffer, out var needMore);
            if (!http && !needMore)
            {
                input.AdvanceTo(buffer.Start); // RTSP: the parser reads it all from the start
                return (input, null);
            }

            if (http)
            {
                if (HttpTunnelHead.TryParse(buffer, out var consumed, out var head, out var error))
                {
                    input.AdvanceTo(consumed);
                    return head!.Method == "GET"
                        ? OpenTunnel(tunnels, head)
                        : (null, await FeedTunnelAsync(tunnels, head, input, cancellationToken).ConfigureAwait(false));
                }

                if (error is not null)
                {
                    input.AdvanceTo(buffer.End);
                    Writer.TryWrite(HttpBadRequest);
                    return (null, error);
                }
            }

            if (result.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return (null, "peer closed the connection");
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }

        return (null, "HTTP head never completed");
    }

    /// <summary>The GET of a tunnel: answer 200 and read RTSP from the tunnel's request pipe from now on.</summary>
    private (PipeReader? Input, string? Stop) OpenTunnel(HttpTunnelRegistry tunnels, HttpTunnelHead head)
    {
        var requests = new Pipe(TransportPipeOptions.Input);
        if (head.Cookie is null || !tunnels.TryOpen(head.Cookie, requests))
        {
            Writer.TryWrite(HttpBadRequest);
            return (null, "tunnel GET without a usable x-sessioncookie");
        }

        _tunnels = tunnels;
        _tunnelCookie = head.Cookie;
        _tunnelRequests = requests;
        Writer.TryWrite(TunnelOk);
        _tunnelWatcher = WatchTunnelGetAsync();
        ServerLog.TunnelOpened(_logger, Id, head.Target);
        return (requests.Reader, null);
    }

    /// <summary>The client closing its GET ends the tunnel.</summary>
    private async Task WatchTunnelGetAsync()
    {
        await Task.Yield();
        var input = _transport.Input;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(_transport.Closed).ConfigureAwait(false);
                input.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        Close("tunnel GET closed");
    }

    /// <summary>A POST of a tunnel: decode its base64 body into the tunnel's request pipe until it closes.</summary>
    private async Task<string> FeedTunnelAsync(HttpTunnelRegistry tunnels, HttpTunnelHead head, PipeReader input, CancellationToken cancellationToken)
    {
        var pipe = head.Cookie is null ? null : tunnels.TryAcquireWriter(head.Cookie);
        if (pipe is null)
        {
            Writer.TryWrite(HttpBadRequest);
            return "tunnel POST for an unknown x-sessioncookie";
        }

        var decoder = new Base64StreamDecoder();
        try
        {
            while (true)
            {
                var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (!decoder.Decode(result.Buffer, pipe.Writer))
                {
                    input.AdvanceTo(result.Buffer.End);
                    return "tunnel POST body is not base64";
                }

                input.AdvanceTo(result.Buffer.End);
                var flush = await pipe.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (result.IsCompleted || flush.IsCompleted)
                {
                    return "tunnel POST ended";
                }
            }
        }
        finally
        {
            tunnels.ReleaseWriter(head.Cookie!);
        }
    }

    private async Task CloseTunnelAsync()
    {
        if (_tunnelCookie is null)
        {
            return;
        }

        _tunnels!.Close(_tunnelCookie);
        await _tunnelRequests!.Reader.CompleteAsync().ConfigureAwait(false);
        _transport.Abort("tunnel closed");
        await _tunnelWatcher.ConfigureAwait(false);
    }
}
