using Vms.Interop.Tests.Onvif;
using Vms.Onvif.Discovery;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>
/// onvif-util (a third-party ONVIF client built on libonvif) in its own network namespace, joined by a veth pair to
/// the test's namespace where the simulated camera is bound to the veth address: it must find the camera by multicast
/// probe and read its identity, time, profiles, video settings and stream URI, and change the resolution.
/// onvif-util's command line has no PTZ command; presets are driven through its library, libonvif, by
/// <see cref="SimulatedCameraLibonvifPtzTests"/>.
/// </summary>
public sealed class SimulatedCameraOnvifUtilTests(ITestOutputHelper output)
{
    [RequiresToolsFact("onvif-util", "ip", NeedsRoot = true)]
    public async Task OnvifUtil_DiscoversReadsAndConfiguresTheSimulatedCamera()
    {
        await using var ns = await VethNamespace.CreateAsync();
        await using var responder = new DiscoveryResponder(new DiscoveryResponderOptions { MaxResponseDelay = TimeSpan.FromMilliseconds(100) }, TimeProvider.System);
        // onvif-util signs a whole session with one UsernameToken nonce: accept reuse like most cameras do
        await using var cut = await CameraUnderTest.StartAsync(output, CameraKind.Ptz, ns.HostAddress, discovery: responder, rejectReplays: false);
        await responder.StartAsync(CancellationToken.None);

        var listing = await ProbeAllAsync(ns);
        var session = await SessionAsync(ns, "get capabilities", "get time", "get profiles", "get rtsp", "get video", "get video options", "set resolution 1280x720", "get video");

        Assert.Contains($"{ns.HostAddress} interop-ptz(Interop Ptz VMS-SIM)", listing, StringComparison.Ordinal);
        Assert.Contains("successfully connected to host", session, StringComparison.Ordinal);
        Assert.Contains("serial: " + Vms.Onvif.Model.Device.GetDeviceInformationResponse.FromXml(
            await cut.CallAsync(new Vms.Onvif.Model.Device.GetDeviceInformation().ToXml())).Information.SerialNumber, session, StringComparison.Ordinal);
        Assert.Contains("Time Set By: Manual", session, StringComparison.Ordinal);
        Assert.Contains($"rtsp://{ns.HostAddress}:{cut.Camera.RtspPort}/main", session, StringComparison.Ordinal);
        Assert.Contains("Token 0: profile_main", session, StringComparison.Ordinal);
        Assert.Contains("Token 1: profile_sub", session, StringComparison.Ordinal);
        Assert.Contains("Resolution: 640 x 360", session, StringComparison.Ordinal);
        Assert.Contains("Resolution was set to 1280 x 720", session, StringComparison.Ordinal);
        Assert.Contains("Resolution: 1280 x 720", session, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR", session, StringComparison.Ordinal);
        Assert.Equal(1280, cut.Camera.EncoderSettings(StreamKind.Main).Width);
    }

    /// <summary><c>onvif-util -a</c>; multicast over a fresh veth can lose the first probe, so up to three attempts.</summary>
    private async Task<string> ProbeAllAsync(VethNamespace ns)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 3 && !text.Contains("Found 1 cameras", StringComparison.Ordinal); attempt++)
        {
            var all = await ns.RunAsync(TimeSpan.FromSeconds(30), "onvif-util", "-a");
            Assert.True(all.ExitCode == 0, all.StandardError);
            text = all.StandardOutput;
            output.WriteLine(text);
        }

        return text;
    }

    private async Task<string> SessionAsync(VethNamespace ns, params string[] commands)
    {
        var script = string.Join("\\n", [.. commands, "quit"]) + "\\n";
        var session = await ns.RunAsync(
            TimeSpan.FromSeconds(60),
            "sh",
            "-c",
            $"printf '{script}' | onvif-util -u {CameraUnderTest.User} -p '{CameraUnderTest.Password}' {ns.HostAddress}");
        output.WriteLine(session.StandardOutput + session.StandardError);
        Assert.True(session.ExitCode == 0, session.StandardError);
        return session.StandardOutput;
    }
}
