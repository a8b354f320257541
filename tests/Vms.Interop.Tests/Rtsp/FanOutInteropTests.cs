using System.Net;
using System.Net.Sockets;
using System.Text;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>Many real viewers on one path: one source, all decode, a viewer that stops reading is dropped alone.</summary>
public sealed class FanOutInteropTests(ITestOutputHelper output)
{
    // the stall timeout is far above how long a CPU-starved ffmpeg may go without reading on a loaded 2-core
    // machine (8 s was seen), and the viewers play well beyond it, so the stalled one is dropped while they play
    private const int Seconds = 30;
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(20);

    [RequiresToolsFact("ffmpeg")]
    public async Task TwentyFfmpegViewers_AndOneStalledViewer_AllDecodeAndTheStalledOneIsDropped()
    {
        // a camera-like byte rate and a small kernel send buffer, so the stalled viewer is detected within seconds,
        // while the ffmpeg viewers are playing
        var options = new RtspServerOptions { SocketSendBufferSize = 32 * 1024, ViewerStallTimeout = StallTimeout };
        await using var server = await LiveServerFixture.StartAsync(output, options, clip: await H264Clip.GetHeavyAsync());
        var dropped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var drops = 0;
        var viewersAtDrop = -1;
        server.Server.SessionEnded += (_, reason) =>
        {
            if (reason.Contains("too slow", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref drops);
                // the stalled session is already detached when this fires: what is left are ffmpeg viewers
                viewersAtDrop = server.Stream.ViewerCount;
                dropped.TrySetResult(reason);
            }
        };

        using var stalled = await StallAsync(server.Port);
        var viewers = Enumerable.Range(0, 20)
            .Select(_ => ExternalProcess.RunAsync("ffmpeg", FfmpegDecode.Arguments(server.Url(), "tcp", Seconds), TimeSpan.FromSeconds(120)))
            .ToArray();
        var results = await Task.WhenAll(viewers);

        // every viewer decoded every picture of its seconds without a single decoder message
        for (var i = 0; i < results.Length; i++)
        {
            FfmpegDecode.AssertClean(results[i], Seconds, output, $"viewer {i}");
        }

        // the stalled viewer alone was dropped by the server, while the 20 were playing
        Assert.Contains("too slow", await dropped.Task.WithTimeout(TimeSpan.FromSeconds(60)), StringComparison.Ordinal);
        output.WriteLine($"ffmpeg viewers attached when the stalled one was dropped: {viewersAtDrop}");
        Assert.InRange(viewersAtDrop, 1, 20);
        Assert.Equal(1, Volatile.Read(ref drops));
        Assert.Equal(1, server.Stream.DroppedViewers);
    }

    /// <summary>A raw client that sets up and plays over TCP, then never reads again.</summary>
    private static async Task<Socket> StallAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        var url = $"rtsp://127.0.0.1:{port}/live";
        var setup = await ExchangeAsync(socket, $"SETUP {url}/trackID=0 RTSP/1.0\r\nCSeq: 1\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n");
        var session = setup.Split("\r\n").First(l => l.StartsWith("Session:", StringComparison.OrdinalIgnoreCase))[8..].Split(';')[0].Trim();
        await socket.SendAsync(Encoding.ASCII.GetBytes($"PLAY {url} RTSP/1.0\r\nCSeq: 2\r\nSession: {session}\r\n\r\n"));
        return socket;
    }

    private static async Task<string> ExchangeAsync(Socket socket, string request)
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        var buffer = new byte[4096];
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            Assert.True(n > 0, "server closed");
            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        Assert.StartsWith("RTSP/1.0 200", text.ToString(), StringComparison.Ordinal);
        return text.ToString();
    }
}
