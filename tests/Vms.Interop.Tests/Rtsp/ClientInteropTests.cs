using Microsoft.Extensions.Logging;
using Vms.Rtsp.Client;
using Vms.Rtsp.Media;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>
/// Our client against a third-party server. ffmpeg 5.1 cannot serve PLAY (its <c>-rtsp_flags listen</c> only makes
/// the input side wait for a publisher), so the server is gst-rtsp-server; ffmpeg then decodes what we received.
/// </summary>
public sealed class ClientInteropTests(ITestOutputHelper output)
{
    [RequiresToolsTheory("ffmpeg", "ffprobe", "gst-launch-1.0")]
    [InlineData(RtspClientTransport.Tcp)]
    [InlineData(RtspClientTransport.Udp)]
    public async Task RtspClient_PullsFromGstRtspServer_ReceivesEveryFrameAndTheyDecodeCleanly(RtspClientTransport transport)
    {
        var clip = await H264Clip.GetAsync();
        var port = Loopback.FreeTcpPort();
        var script = Fixtures.PathOf("Rtsp/gst_rtsp_server.py");

        // Debian's python3 carries the GStreamer bindings (python3-gi)
        await using var server = ExternalProcess.Start("/usr/bin/python3", [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), clip.Path]);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.OutputLine += line => ready.TrySetResult();
        if (server.StandardOutput.Length > 0)
        {
            ready.TrySetResult();
        }

        await ready.Task.WithTimeout();
        using var loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        await using var client = new RtspClient(new RtspClientOptions { Url = $"rtsp://127.0.0.1:{port}/live", Transport = transport, StallTimeout = TimeSpan.FromSeconds(10) }, loggers);
        await client.StartAsync(CancellationToken.None).WithTimeout();

        // the server's pipeline plays the 6 s file once; the client stops when it goes silent (for far longer than a
        // starved server process on a loaded machine pauses mid-file, so the end of the file is what ends the read)
        var units = new List<AccessUnit>();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var frame in client.Frames.ReadAllAsync().WithCancellation(limit.Token))
        {
            units.Add(frame.Unit);
        }

        output.WriteLine($"client ended: {await client.Completion}; {units.Count} access units; {client.GetStatistics()[0]}");
        Assert.Equal(clip.Units.Count, units.Count);
        Assert.True(units[0].IsKeyframe);
        Assert.Equal(0, client.GetStatistics()[0].Receiver.Reception.CumulativeLost);

        var received = Path.Combine(Path.GetDirectoryName(clip.Path)!, $"received-{transport}.h264");
        await File.WriteAllBytesAsync(received, units.SelectMany(u => AnnexB.Join(u.NalUnits)).ToArray());
        var decode = await ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-i", received, "-f", "null", "-"], TimeSpan.FromSeconds(60));
        Assert.True(decode.ExitCode == 0 && decode.StandardError.Length == 0, decode.StandardError);
        var count = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-count_frames", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", received], TimeSpan.FromSeconds(60));
        Assert.Equal(clip.Units.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), count.StandardOutput.Trim());
    }

    [RequiresToolsFact("gst-launch-1.0")]
    public async Task GstRtspsrc_ReadsOurServer_AndDecodesThreeSeconds()
    {
        await using var server = await LiveServerFixture.StartAsync(output);
        var gst = await ExternalProcess.RunAsync(
            "gst-launch-1.0",
            ["-q", "rtspsrc", $"location={server.Url()}", "protocols=tcp", "!", "rtph264depay", "!", "h264parse", "!", "avdec_h264", "!", "fakesink", "num-buffers=36"],
            TimeSpan.FromSeconds(60));
        output.WriteLine(gst.StandardOutput + gst.StandardError);
        Assert.Equal(0, gst.ExitCode);
        Assert.DoesNotContain("ERROR", gst.StandardError, StringComparison.Ordinal);
    }
}
