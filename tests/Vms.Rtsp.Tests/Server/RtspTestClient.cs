using System.Buffers;
using System.Globalization;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Tests.Server;

/// <summary>A scripted RTSP peer for protocol tests: sends requests or raw bytes, reads responses and interleaved frames.</summary>
internal sealed class RtspTestClient(DuplexConnection connection, string baseUrl = "rtsp://127.0.0.1:554") : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private int _cseq;

    public DuplexConnection Connection => connection;

    public string BaseUrl => baseUrl;

    /// <summary>The Session id from the last response that had one.</summary>
    public string? Session { get; private set; }

    public void ForgetSession() => Session = null;

    public async Task SendAsync(RtspRequest request)
    {
        await connection.Output.WriteAsync(RtspMessageWriter.ToArray(request));
    }

    public async Task SendRawAsync(byte[] bytes) => await connection.Output.WriteAsync(bytes);

    public RtspRequest NewRequest(string method, string uri, params (string Name, string Value)[] headers)
    {
        var request = new RtspRequest(method, uri);
        request.Headers.Set(RtspHeaderNames.CSeq, (++_cseq).ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in headers)
        {
            request.Headers.Set(name, value);
        }

        return request;
    }

    /// <summary>Sends a request (with the current session, unless one is given) and reads its response, skipping interleaved frames.</summary>
    public async Task<RtspResponse> RequestAsync(string method, string path, params (string Name, string Value)[] headers)
    {
        var uri = path.StartsWith("rtsp://", StringComparison.Ordinal) ? path : baseUrl + path;
        var request = NewRequest(method, uri, headers);
        if (Session is not null && !request.Headers.Contains(RtspHeaderNames.Session))
        {
            request.Headers.Set(RtspHeaderNames.Session, Session);
        }

        await SendAsync(request);
        return await ReadResponseAsync();
    }

    public async Task<RtspResponse> ReadResponseAsync()
    {
        for (var guard = 0; guard < 100_000; guard++)
        {
            var frame = await ReadFrameAsync() ?? throw new InvalidOperationException("connection closed before a response");
            if (frame.Response is { } response)
            {
                if (response.Headers.Session is { } s)
                {
                    Session = s.Split(';')[0];
                }

                return response;
            }
        }

        throw new InvalidOperationException("no response");
    }

    /// <summary>The next response or interleaved frame; null when the server closed the connection.</summary>
    public async Task<TestFrame?> ReadFrameAsync()
    {
        var input = connection.Input;
        using var timeout = new CancellationTokenSource(Timeout);
        for (var guard = 0; guard < 1_000_000; guard++)
        {
            var result = await input.ReadAsync(timeout.Token);
            var buffer = result.Buffer;
            var status = RtspFrameParser.Default.TryParse(buffer, out var consumed, out var examined, out var frame);
            if (status == RtspParseStatus.Complete)
            {
                TestFrame parsed = frame.Kind == RtspFrameKind.Interleaved
                    ? new TestFrame(null, frame.Interleaved.Channel, frame.Interleaved.Payload.ToArray())
                    : new TestFrame(frame.Response, -1, []);
                input.AdvanceTo(consumed);
                return parsed;
            }

            if (status == RtspParseStatus.Error)
            {
                input.AdvanceTo(buffer.End);
                throw new InvalidOperationException("server sent unreadable bytes: " + frame.Error);
            }

            input.AdvanceTo(consumed, examined);
            if (result.IsCompleted)
            {
                return null;
            }
        }

        throw new InvalidOperationException("no frame");
    }

    /// <summary>Waits until at least <paramref name="bytes"/> sent by the server are waiting unread (nothing is consumed).</summary>
    public async Task WaitUnreadAsync(int bytes)
    {
        var input = connection.Input;
        for (var guard = 0; guard < 100_000; guard++)
        {
            var result = await input.ReadAsync();
            var length = result.Buffer.Length;
            input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (length >= bytes || result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>Reads until the server closes; returns the interleaved frames seen.</summary>
    public async Task<List<TestFrame>> ReadUntilClosedAsync(int maxFrames = 100_000)
    {
        var frames = new List<TestFrame>();
        for (var i = 0; i < maxFrames; i++)
        {
            var frame = await ReadFrameAsync();
            if (frame is null)
            {
                return frames;
            }

            frames.Add(frame);
        }

        throw new InvalidOperationException("the server kept sending");
    }

    /// <summary>Reads the next <paramref name="count"/> interleaved frames (responses are skipped).</summary>
    public async Task<List<TestFrame>> ReadInterleavedAsync(int count)
    {
        var frames = new List<TestFrame>();
        while (frames.Count < count)
        {
            var frame = await ReadFrameAsync() ?? throw new InvalidOperationException($"closed after {frames.Count} frames");
            if (frame.Channel >= 0)
            {
                frames.Add(frame);
            }
        }

        return frames;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}

/// <summary>A response, or an interleaved frame (<see cref="Channel"/> ≥ 0).</summary>
internal sealed record TestFrame(RtspResponse? Response, int Channel, byte[] Payload)
{
    public bool IsRtp => Channel >= 0 && Channel % 2 == 0;
}
