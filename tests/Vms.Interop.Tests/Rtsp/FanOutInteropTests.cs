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
    [RequiresToolsFact("ffmpeg")]
    public async Task TwentyFfmpegViewers_AndOneStalledViewer_AllDecodeAndTheStalledOneIsDropped()
    {
        // small kernel and queue bounds so the stalled viewer of this low-rate clip is detected within seconds
        var options = new RtspServerOptions { ViewerQueueBytes = 64 * 1024, SocketSendBufferSize = 32 * 1024, ViewerStallTimeout = TimeSpan.FromSeconds(5) };
        await using var server = await LiveServerFixture.StartAsync(output, options);
        var dropped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var drops = 0;
        server.Server.SessionEnded += (_, reason) =>
        {
            if (reason.Contains("too slow", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref drops);
                dropped.TrySetResult(reason);
            }
        };

        using var stalled = await StallAsync(server.Port);
        var viewers = Enumerable.Range(0, 20)
            .Select(_ => ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-rtsp_transport", "tcp", "-i", server.Url(), "-t", "6", "-f", "null", "-"], TimeSpan.FromSeconds(90)))
            .ToArray();
        var results = await Task.WhenAll(viewers);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.True(results[i].ExitCode == 0 && results[i].StandardError.Length == 0, $"viewer {i}: exit {results[i].ExitCode}: {results[i].StandardError}");
        }

        Assert.Contains("too slow", await dropped.Task.WithTimeout(TimeSpan.FromSeconds(60)), StringComparison.Ordinal);
        Assert.Equal(1, Volatile.Read(ref drops));
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
