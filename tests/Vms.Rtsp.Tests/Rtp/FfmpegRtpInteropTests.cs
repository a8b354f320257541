using System.Net;
using System.Net.Sockets;
using Vms.Rtsp.Media;
using Vms.Rtsp.Rtp;
using Vms.Rtsp.Tests.Media;
using Vms.Rtsp.Tests.Payloads;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Rtp;

/// <summary>ffmpeg's own RTP muxer sends a real stream (RTP and RTCP over UDP on loopback) to our receiver.</summary>
public sealed class FfmpegRtpInteropTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly string _dir = Directory.CreateTempSubdirectory("vms-rtp-interop-").FullName;

    [RequiresToolsTheory("ffmpeg")]
    [InlineData(CodecId.H264)]
    [InlineData(CodecId.H265)]
    public async Task RtpTrackReceiver_FfmpegRtpMuxer_SameAccessUnitsAndSenderReportTimes(CodecId codec)
    {
        var source = await EncodeAsync(codec);
        var expected = MediaFixtures.GroupAccessUnits(AnnexB.Split(source), codec);
        using var rtp = Bind();
        using var rtcp = Bind();
        var rtpPort = ((IPEndPoint)rtp.LocalEndPoint!).Port;
        var rtcpPort = ((IPEndPoint)rtcp.LocalEndPoint!).Port;
        CodecParameters parameters = codec == CodecId.H264 ? new H264Parameters([], []) : new H265Parameters([], [], []);
        var received = new List<AccessUnit>();
        using var receiver = new RtpTrackReceiver(new MediaTrack(0, parameters), received.Add);

        // our sockets are bound before ffmpeg starts, so nothing is missed; it sends as fast as it can
        var started = DateTimeOffset.UtcNow;
        var send = await ExternalProcess.RunAsync(
            "ffmpeg",
            ["-v", "error", "-r", "12", "-i", Path.Combine(_dir, Source(codec)), "-c", "copy", "-f", "rtp", $"rtp://127.0.0.1:{rtpPort}?rtcpport={rtcpPort}&pkt_size=1200"],
            Timeout);
        Assert.True(send.ExitCode == 0, send.StandardError);
        output.WriteLine(send.StandardOutput); // the SDP ffmpeg announces

        // ffmpeg sends its first sender report with its first packet: read RTCP first, then the RTP queued meanwhile
        var buffer = new byte[65_536];
        var rtcpCount = Drain(rtcp, buffer, data => receiver.OnRtcpPacket(data, DateTimeOffset.UtcNow));
        var rtpCount = Drain(rtp, buffer, data => receiver.OnRtpPacket(data, DateTimeOffset.UtcNow));
        receiver.Flush();

        var stats = receiver.GetStatistics();
        output.WriteLine($"{codec}: {rtpCount} RTP, {rtcpCount} RTCP datagrams; {stats}");
        Assert.Equal(0, stats.Reception.CumulativeLost);
        Assert.Equal(0, stats.Payload.PayloadErrors);
        Assert.Equal(expected.Count, received.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // ffmpeg's HEVC RTP packetizer leaves the first zero of a 4-byte start code at the end of the NAL unit
            // before it (a harmless trailing_zero_8bits); we pass NAL units on exactly as sent
            PayloadHarness.AssertSameNalUnits(expected[i], received[i].NalUnits.Select(TrimTrailingZeros).ToList());
            Assert.Equal(i * 7500L, received[i].Pts - received[0].Pts); // 12 fps on the 90 kHz clock
        }

        Assert.True(stats.SenderReports >= 1);
        Assert.All(received, au => Assert.Equal(WallClockSource.SenderReport, au.WallClockSource));
        Assert.InRange(received[0].WallClock!.Value, started.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(59 / 12.0).Ticks, (received[^1].WallClock!.Value - received[0].WallClock!.Value).Ticks, 10.0);
        Assert.True(received[0].IsKeyframe);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ReadOnlyMemory<byte> TrimTrailingZeros(ReadOnlyMemory<byte> nal)
    {
        var span = nal.Span;
        var end = span.Length;
        while (end > 1 && span[end - 1] == 0)
        {
            end--;
        }

        return nal[..end];
    }

    private static Socket Bind()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 4 << 20 };
        socket.Bind(new IPEndPoint(Loopback.Address, 0));
        return socket;
    }

    private static int Drain(Socket socket, byte[] buffer, Action<ReadOnlyMemory<byte>> handle)
    {
        var count = 0;
        while (socket.Available > 0 && count < 100_000)
        {
            var n = socket.Receive(buffer);
            handle(buffer.AsMemory(0, n));
            count++;
        }

        return count;
    }

    private async Task<byte[]> EncodeAsync(CodecId codec)
    {
        string[] encoder = codec == CodecId.H264
            ? ["-c:v", "libx264", "-g", "12", "-bf", "0", "-f", "h264"]
            : ["-c:v", "libx265", "-x265-params", "log-level=error:keyint=12:min-keyint=12:bframes=0", "-f", "hevc"];
        var file = Path.Combine(_dir, Source(codec));
        var encode = await ExternalProcess.RunAsync(
            "ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=12", "-frames:v", "60", "-pix_fmt", "yuv420p", .. encoder, file],
            Timeout);
        Assert.True(encode.ExitCode == 0, encode.StandardError);
        return await File.ReadAllBytesAsync(file);
    }

    private static string Source(CodecId codec) => codec == CodecId.H264 ? "source.h264" : "source.hevc";
}
