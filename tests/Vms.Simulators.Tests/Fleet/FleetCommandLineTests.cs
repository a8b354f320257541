using System.Net;
using Vms.Simulators.Camera;
using Vms.Simulators.Fleet;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Fleet;

public sealed class FleetCommandLineTests
{
    [Fact]
    public void Parse_AddressRangeWithPorts_BuildsOneAddressPerCameraWithTheSamePorts()
    {
        var command = FleetCommandLine.Parse(["--cameras", "3", "--address-range", "127.0.1.1-127.0.1.250", "--http-port", "8080", "--rtsp-port", "8554", "--kind", "ptz", "--json"]);
        var options = FleetLayout.Build(command, TimeProvider.System, null);

        Assert.True(command.Json);
        Assert.True(options.SamePorts);
        Assert.Equal(["cam-01", "cam-02", "cam-03"], options.Cameras.Select(c => c.Name));
        Assert.Equal(["127.0.1.1", "127.0.1.2", "127.0.1.3"], options.Cameras.Select(c => c.Address.ToString()));
        Assert.All(options.Cameras, c => Assert.Equal((8080, 8554, CameraKind.Ptz), (c.HttpPort, c.RtspPort, c.Kind)));
        Assert.All(options.Cameras, c => Assert.Equal(("admin", "admin"), (c.Username, c.Password)));
    }

    [Fact]
    public void Parse_AddressRangeWithoutPorts_DefaultsToOnvif80AndRtsp554()
    {
        var options = FleetLayout.Build(FleetCommandLine.Parse(["--cameras", "2", "--address-range", "127.0.1.1-127.0.1.2"]), TimeProvider.System, null);

        Assert.All(options.Cameras, c => Assert.Equal((80, 554), (c.HttpPort, c.RtspPort)));
    }

    [Fact]
    public void Parse_SingleAddressWithBasePort_GivesConsecutivePorts()
    {
        var options = FleetLayout.Build(FleetCommandLine.Parse(["--cameras", "2", "--address", "127.0.0.1", "--base-port", "8000", "--user", "root", "--password", "s3cret"]), TimeProvider.System, null);

        Assert.Equal([(8000, 8001), (8002, 8003)], options.Cameras.Select(c => (c.HttpPort, c.RtspPort)));
        Assert.All(options.Cameras, c => Assert.Equal(IPAddress.Loopback, c.Address));
        Assert.All(options.Cameras, c => Assert.Equal(("root", "s3cret"), (c.Username, c.Password)));
        Assert.False(options.SamePorts);
    }

    [Fact]
    public void Parse_SingleCamera_OneCameraWithItsNameAddressPortsAndAccount()
    {
        var command = FleetCommandLine.Parse(["--single-camera", "--name", "parvis", "--kind", "ptz", "--address", "127.0.2.7", "--http-port", "8080", "--rtsp-port", "8554", "--user", "root", "--password", "pw", "--data", "/tmp/x", "--discovery-interface", "none", "--json"]);
        var options = FleetLayout.Build(command, TimeProvider.System, null);

        var camera = Assert.Single(options.Cameras);
        Assert.Equal(("parvis", CameraKind.Ptz, "127.0.2.7", 8080, 8554), (camera.Name, camera.Kind, camera.Address.ToString(), camera.HttpPort, camera.RtspPort));
        Assert.Equal(("root", "pw"), (camera.Username, camera.Password));
        Assert.Equal("/tmp/x", options.DataFolder);
        Assert.Null(options.DiscoveryInterface);
        Assert.True(command.Json);
    }

    [Fact]
    public void Parse_SingleCameraAlone_DefaultsToCameraOnLoopbackWithFreePorts()
    {
        var options = FleetLayout.Build(FleetCommandLine.Parse(["--single-camera"]), TimeProvider.System, null);

        var camera = Assert.Single(options.Cameras);
        Assert.Equal(("camera", CameraKind.Fixed, IPAddress.Loopback, 0, 0), (camera.Name, camera.Kind, camera.Address, camera.HttpPort, camera.RtspPort));
        Assert.Equal(IPAddress.Loopback, options.DiscoveryInterface);
    }

    [Fact]
    public void Parse_MixedKind_GivesARealisticMix()
    {
        var options = FleetLayout.Build(FleetCommandLine.Parse(["--cameras", "20", "--kind", "mixed"]), TimeProvider.System, null);

        Assert.Equal(14, options.Cameras.Count(c => c.Kind == CameraKind.Fixed));
        Assert.Equal(4, options.Cameras.Count(c => c.Kind == CameraKind.Ptz));
        Assert.Equal(2, options.Cameras.Count(c => c.Kind == CameraKind.Panoramic));
    }

    [Theory]
    [InlineData("", "give --cameras N or --fleet FILE")]
    [InlineData("--cameras 0", "--cameras '0' is not an integer within 1..1000")]
    [InlineData("--cameras ten", "--cameras 'ten' is not an integer within 1..1000")]
    [InlineData("--cameras 2 --kind dome", "--kind 'dome' is not one of fixed|ptz|panoramic|nomadic|mixed")]
    [InlineData("--cameras 2 --address-range 127.0.1.5-127.0.1.1", "--address-range: address range '127.0.1.5-127.0.1.1' ends before it starts")]
    [InlineData("--cameras 5 --address-range 127.0.1.1-127.0.1.3", "--cameras 5 needs 5 addresses but --address-range 127.0.1.1-127.0.1.3 has 3")]
    [InlineData("--cameras 2 --address-range 127.0.1.1-127.0.1.3 --base-port 8000", "--address-range excludes --address/--base-port")]
    [InlineData("--cameras 2 --http-port 8080", "--http-port/--rtsp-port go with --address-range; with one address use --base-port")]
    [InlineData("--cameras 2 --address 300.1.1.1", "--address '300.1.1.1' is not an IPv4 address")]
    [InlineData("--cameras 2 --base-port 65535", "--base-port 65535 leaves no room for 2 cameras (2 ports each) below 65536")]
    [InlineData("--cameras 2 --cameras 3", "--cameras is given twice")]
    [InlineData("--cameras", "--cameras needs a value")]
    [InlineData("--cameras 2 --frobnicate 1", "unknown option '--frobnicate'")]
    [InlineData("--cameras 2 --fleet f.json", "--cameras and --fleet exclude each other")]
    [InlineData("cameras 2", "unexpected argument 'cameras'")]
    [InlineData("--cameras 2 --control-port 70000", "--control-port '70000' is not an integer within 0..65535")]
    [InlineData("--cameras 2 --discovery-interface eth0", "--discovery-interface 'eth0' is not an IPv4 address")]
    [InlineData("--single-camera --cameras 2", "--single-camera excludes --cameras")]
    [InlineData("--single-camera --address-range 127.0.1.1-127.0.1.3", "--single-camera excludes --address-range")]
    [InlineData("--single-camera --base-port 8000", "--single-camera excludes --base-port")]
    [InlineData("--single-camera --kind mixed", "--kind mixed needs a fleet")]
    [InlineData("--single-camera --http-port 8080 --rtsp-port 8080", "--http-port and --rtsp-port are both 8080")]
    [InlineData("--single-camera --name a/b", "--name 'a/b' must be 1-64 letters")]
    [InlineData("--cameras 2 --name gate", "--name goes with --single-camera")]
    public void Parse_BadArguments_ThrowsOneLineMessage(string line, string expected)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var error = Assert.Throws<FleetUsageException>(() => FleetCommandLine.Parse(args));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task RunAsync_BadArguments_PrintsErrorAndExitsWith2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await FleetProgram.RunAsync(["--cameras", "2", "--kind", "dome"], stdout, stderr, CancellationToken.None).WithTimeout();

        Assert.Equal(2, code);
        Assert.Equal("error: --kind 'dome' is not one of fixed|ptz|panoramic|nomadic|mixed" + Environment.NewLine, stderr.ToString());
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_MissingFleetFile_ExitsWith2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await FleetProgram.RunAsync(["--fleet", "/nonexistent/fleet.json"], stdout, stderr, CancellationToken.None).WithTimeout();

        Assert.Equal(2, code);
        Assert.Equal("error: fleet file '/nonexistent/fleet.json' does not exist" + Environment.NewLine, stderr.ToString());
    }
}
