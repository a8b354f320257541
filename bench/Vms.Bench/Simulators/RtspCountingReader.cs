using System.IO.Pipelines;
using System.Net.Sockets;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Messages;

namespace Vms.Bench.Simulators;

/// <summary>
/// A minimal RTSP viewer for load: DESCRIBE (Digest), SETUP TCP interleaved, PLAY, then counts interleaved bytes
/// and RTP packets with the marker bit (one per access unit of the camera's single-slice pictures).
/// </summary>
internal sealed class RtspCountingReader
{
    private long _bytes;
    private long _frames;
    private int _cseq;

    public long Bytes => Interlocked.Read(ref _bytes);

    public long Frames => Interlocked.Read(ref _frames);

    public async Task RunAsync(Uri url, string user, string password, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port, cancellationToken).ConfigureAwait(false);
        var stream = client.GetStream();
        var reader = PipeReader.Create(stream);
        var auth = new RtspClientAuthenticator(user, password);
        var target = url.GetLeftPart(UriPartial.Path);

        var describe = await ExchangeAsync(stream, reader, auth, "DESCRIBE", target, r => r.Headers.Set("Accept", "application/sdp"), cancellationToken).ConfigureAwait(false);
        var contentBase = describe.Headers.ContentBase ?? target + "/";
        var setup = await ExchangeAsync(stream, reader, auth, "SETUP", contentBase.TrimEnd('/') + "/trackID=0", r => r.Headers.Transport = "RTP/AVP/TCP;unicast;interleaved=0-1", cancellationToken).ConfigureAwait(false);
        var session = (setup.Headers.Session ?? throw new InvalidOperationException("SETUP without Session")).Split(';')[0];
        await ExchangeAsync(stream, reader, auth, "PLAY", contentBase, r => r.Headers.Session = session, cancellationToken).ConfigureAwait(false);

        try
        {
            // bounded by cancellation or the server closing
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (RtspFrameParser.Default.TryParse(buffer, out var consumed, out _, out var frame) == RtspParseStatus.Complete)
                {
                    if (frame.Kind == RtspFrameKind.Interleaved && frame.Interleaved.Channel == 0)
                    {
                        var payload = frame.Interleaved.Payload;
                        Interlocked.Add(ref _bytes, payload.Length + InterleavedFrame.HeaderLength);
                        if (payload.Length > 1 && (payload.Slice(1, 1).FirstSpan[0] & 0x80) != 0)
                        {
                            Interlocked.Increment(ref _frames);
                        }
                    }

                    buffer = buffer.Slice(consumed);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task<RtspResponse> ExchangeAsync(NetworkStream stream, PipeReader reader, RtspClientAuthenticator auth, string method, string uri, Action<RtspRequest> configure, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var request = new RtspRequest(method, uri);
            request.Headers.CSeq = ++_cseq;
            configure(request);
            auth.Authorize(request);
            await stream.WriteAsync(RtspMessageWriter.ToArray(request), cancellationToken).ConfigureAwait(false);
            var response = await ReadResponseAsync(reader, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == 401 && auth.TryAcceptChallenge(response))
            {
                continue;
            }

            return response.IsSuccess ? response : throw new InvalidOperationException($"{method} {uri}: {response}");
        }

        throw new InvalidOperationException($"{method} {uri}: credentials refused");
    }

    private static async Task<RtspResponse> ReadResponseAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        // bounded: each read brings more data or ends the connection
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            var status = RtspFrameParser.Default.TryParse(buffer, out var consumed, out var examined, out var frame);
            if (status == RtspParseStatus.Complete)
            {
                reader.AdvanceTo(consumed);
                if (frame.Response is { } response)
                {
                    return response;
                }

                continue; // an interleaved packet before the PLAY answer
            }

            if (status == RtspParseStatus.Error || result.IsCompleted)
            {
                throw new InvalidOperationException($"no RTSP response ({frame.Error?.ToString() ?? "connection closed"})");
            }

            reader.AdvanceTo(consumed, examined);
        }
    }
}
