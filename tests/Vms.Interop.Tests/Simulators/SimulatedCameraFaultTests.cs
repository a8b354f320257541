using System.Diagnostics;
using System.Net;
using Vms.Onvif.Discovery;
using Vms.Onvif.Model.Device;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>Each fault of a simulated camera as a real client sees it (ffmpeg/ffprobe, HTTP, WS-Discovery).</summary>
public sealed class SimulatedCameraFaultTests(ITestOutputHelper output)
{
    private static int _subnet = Random.Shared.Next(0, 200);

    [RequiresToolsFact("ffmpeg")]
    public async Task Ffmpeg_UdpPacketLoss_UdpViewerMissesPacketsWhileTcpViewerDecodesCleanly()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        cut.Camera.SetPacketLoss(10, seed: 7);

        var udp = ExternalProcess.RunAsync("ffmpeg", ["-nostdin", "-v", "warning", "-rtsp_transport", "udp", "-i", cut.RtspUrl(), "-t", "5", "-f", "null", "-"], TimeSpan.FromSeconds(60));
        var tcp = ExternalProcess.RunAsync("ffmpeg", ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-i", cut.RtspUrl(), "-t", "5", "-f", "null", "-"], TimeSpan.FromSeconds(60));
        var (u, t) = (await udp, await tcp);
        output.WriteLine("udp: " + u.StandardError);

        Assert.True(cut.Camera.LostPackets > 0, "no packet dropped");
        Assert.Contains("RTP: missed", u.StandardError, StringComparison.Ordinal);
        Assert.True(t.ExitCode == 0, t.StandardError);
        Assert.Equal(string.Empty, t.StandardError);
    }

    [RequiresToolsFact("ffmpeg")]
    public async Task Ffmpeg_CorruptNalUnits_DecoderReportsErrorsWhileTheRtpFlowContinues()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        cut.Camera.CorruptNalUnits = true;

        var p = await ExternalProcess.RunAsync("ffmpeg", ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-i", cut.RtspUrl(), "-t", "3", "-f", "null", "-"], TimeSpan.FromSeconds(60));
        output.WriteLine(p.StandardError);

        Assert.Equal(0, p.ExitCode);
        Assert.Contains("[h264", p.StandardError, StringComparison.Ordinal);
    }

    [RequiresToolsFact("ffmpeg")]
    public async Task Ffmpeg_StreamStall_NoFrameArrivesUntilResumed()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        // ffmpeg gives up after its socket timeout without data: 3 s ends the stalled read, while the resumed read gets
        // 30 s, far above a pause of a CPU-starved process on a loaded machine
        string[] OneFrame(int timeoutSeconds) => ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-timeout", $"{timeoutSeconds}000000", "-i", cut.RtspUrl(), "-frames:v", "1", "-f", "null", "-"];
        cut.Camera.StreamStalled = true;

        var stalled = await ExternalProcess.RunAsync("ffmpeg", OneFrame(3), TimeSpan.FromSeconds(60));
        cut.Camera.StreamStalled = false;
        var resumed = await ExternalProcess.RunAsync("ffmpeg", OneFrame(30), TimeSpan.FromSeconds(60));
        output.WriteLine("stalled: " + stalled.StandardError);

        Assert.NotEqual(0, stalled.ExitCode);
        Assert.True(resumed.ExitCode == 0, resumed.StandardError);
    }

    [RequiresToolsFact("ffprobe")]
    public async Task Ffprobe_RefuseCredentials_RightPasswordIsRefusedUntilCleared()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        cut.Camera.RefuseCredentials = true;

        var refused = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", cut.RtspUrl()], TimeSpan.FromSeconds(60));
        cut.Camera.RefuseCredentials = false;
        var accepted = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", cut.RtspUrl()], TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("401", refused.StandardError, StringComparison.Ordinal);
        Assert.True(accepted.ExitCode == 0, accepted.StandardError);
    }

    [Fact]
    public async Task Soap_SlowSoap_AnswerComesAfterTheDelay()
    {
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed);
        cut.Camera.SoapDelay = TimeSpan.FromSeconds(1.5);

        var watch = Stopwatch.StartNew();
        var info = GetDeviceInformationResponse.FromXml(await cut.CallAsync(new GetDeviceInformation().ToXml()).WithTimeout(TimeSpan.FromSeconds(30)));
        watch.Stop();

        Assert.False(string.IsNullOrEmpty(info.Information.SerialNumber));
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.4), $"answered after {watch.Elapsed}");
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task Reboot_ViewerIsCutByeThenHelloAndTheStreamServesAgain()
    {
        var n = Interlocked.Increment(ref _subnet);
        var address = IPAddress.Parse($"127.{120 + (n / 250 % 100)}.{n % 250}.9");
        await using var responder = new DiscoveryResponder(new DiscoveryResponderOptions { Port = 0, MaxResponseDelay = TimeSpan.Zero }, TimeProvider.System);
        await responder.StartAsync(CancellationToken.None);
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Fixed, address, discovery: responder);
        var client = new DiscoveryClient(new DiscoveryClientOptions { Port = responder.Port, InterfaceAddresses = [IPAddress.Loopback] }, TimeProvider.System);
        using var listening = new CancellationTokenSource();
        await using var announcements = client.ListenAsync(listening.Token).GetAsyncEnumerator(listening.Token);
        var next = announcements.MoveNextAsync().AsTask(); // joins the group

        await using var viewer = ExternalProcess.Start("ffmpeg", ["-nostdin", "-hide_banner", "-rtsp_transport", "tcp", "-i", cut.RtspUrl(), "-f", "null", "-"]);
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        viewer.ErrorLine += line =>
        {
            if (line.StartsWith("frame=", StringComparison.Ordinal) || line.Contains("Output #0", StringComparison.Ordinal))
            {
                reading.TrySetResult();
            }
        };
        await Task.WhenAny(reading.Task, viewer.Exited).WithTimeout(TimeSpan.FromSeconds(30));
        Assert.False(viewer.Exited.IsCompleted, "ffmpeg ended before the reboot: " + viewer.StandardError);

        var reboot = cut.Camera.RebootAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        await viewer.Exited.WithTimeout(TimeSpan.FromSeconds(30));
        var kinds = new List<DiscoveryAnnouncementKind>();
        for (var i = 0; i < 2; i++)
        {
            Assert.True(await (i == 0 ? next : announcements.MoveNextAsync().AsTask()).WithTimeout(TimeSpan.FromSeconds(30)));
            Assert.Equal(cut.Camera.EndpointAddress, announcements.Current.EndpointAddress);
            kinds.Add(announcements.Current.Kind);
        }

        await reboot.WithTimeout(TimeSpan.FromSeconds(30));
        await listening.CancelAsync();
        var after = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", cut.RtspUrl()], TimeSpan.FromSeconds(60));

        Assert.Equal([DiscoveryAnnouncementKind.Bye, DiscoveryAnnouncementKind.Hello], kinds);
        Assert.Equal(CameraLifecycle.Online, cut.Camera.Lifecycle);
        Assert.True(after.ExitCode == 0, after.StandardError);
    }
}
