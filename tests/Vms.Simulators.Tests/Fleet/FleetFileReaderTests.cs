using System.Net;
using System.Text;
using Vms.Simulators.Camera;
using Vms.Simulators.Faults;
using Vms.Simulators.Fleet;

namespace Vms.Simulators.Tests.Fleet;

public sealed class FleetFileReaderTests
{
    private const string Good = """
        {
          // two cameras and a schedule
          "cameras": [
            { "name": "mairie", "kind": "ptz", "address": "127.0.1.1", "httpPort": 8080,
              "main": { "resolution": "1280x720", "fps": 15, "bitrateKbps": 1024, "gop": 30 },
              "sub": { "resolution": "320x180" }, "location": "Place de la Mairie", "hardware": "SIM-PTZ",
              "username": "root", "password": "pw" },
            { "kind": "panoramic" },
          ],
          "faults": [
            { "camera": "mairie", "fault": "reboot", "at": "+30s", "duration": "10s", "every": "5m", "times": 3 },
            { "camera": "cam-02", "fault": "packet-loss", "percent": 12.5, "at": "1m" },
            { "camera": "cam-02", "fault": "clock-skew", "offset": "-2h" }
          ]
        }
        """;

    [Fact]
    public void Read_GoodFile_GivesCamerasAndSchedule()
    {
        var file = FleetFileReader.Read(Encoding.UTF8.GetBytes(Good), "fleet.json");

        var mairie = file.Cameras[0];
        Assert.Equal(("mairie", CameraKind.Ptz, IPAddress.Parse("127.0.1.1"), 8080), (mairie.Spec.Name, mairie.Spec.Kind, mairie.Spec.Address, mairie.Spec.HttpPort));
        Assert.True(mairie.HasAddress);
        Assert.True(mairie.HasHttpPort);
        Assert.False(mairie.HasRtspPort);
        Assert.Equal((1280, 720, 15, 1024, 30), (mairie.Spec.MainStream!.Width, mairie.Spec.MainStream.Height, mairie.Spec.MainStream.FramesPerSecond, mairie.Spec.MainStream.BitrateKbps, mairie.Spec.MainStream.GopFrames));
        Assert.Equal((320, 180), (mairie.Spec.SubStream!.Width, mairie.Spec.SubStream.Height));
        Assert.Equal(("Place de la Mairie", "SIM-PTZ", "root", "pw"), (mairie.Spec.Location, mairie.Spec.Hardware, mairie.Spec.Username, mairie.Spec.Password));

        var second = file.Cameras[1];
        Assert.Equal(("cam-02", CameraKind.Panoramic, "admin", "admin"), (second.Spec.Name, second.Spec.Kind, second.Spec.Username, second.Spec.Password));
        Assert.False(second.HasAddress);
        Assert.Null(second.Spec.MainStream);

        Assert.Equal(3, file.Faults.Count);
        var reboot = file.Faults[0];
        Assert.Equal(("mairie", FaultKind.Reboot, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), 3), (reboot.Camera, reboot.Request.Kind, reboot.At, reboot.Request.Duration, reboot.Every, reboot.Times));
        Assert.Equal((FaultKind.PacketLoss, 12.5, TimeSpan.FromMinutes(1)), (file.Faults[1].Request.Kind, file.Faults[1].Request.Percent, file.Faults[1].At));
        Assert.Equal(TimeSpan.FromHours(-2), file.Faults[2].Request.Offset);
        Assert.Equal(TimeSpan.Zero, file.Faults[2].At);
    }

    [Theory]
    [InlineData("{", "fleet.json: not valid JSON (line 1")]
    [InlineData("[]", "fleet.json: $: must be a JSON object, is array")]
    [InlineData("{}", "fleet.json: $: 'cameras' is missing")]
    [InlineData("""{"cameras":[]}""", "fleet.json: cameras: needs 1 to 1000 cameras, has 0")]
    [InlineData("""{"cameras":[{"kind":"dome"}]}""", "fleet.json: cameras[0].kind: 'dome' is not one of fixed|ptz|panoramic|nomadic")]
    [InlineData("""{"cameras":[{"name":"a/b"}]}""", "fleet.json: cameras[0].name: 'a/b' must be 1-64 letters")]
    [InlineData("""{"cameras":[{"name":"a"},{"name":"A"}]}""", "fleet.json: cameras[1].name: 'A' is used twice")]
    [InlineData("""{"cameras":[{"colour":"red"}]}""", "fleet.json: cameras[0]: unknown property 'colour'")]
    [InlineData("""{"cameras":[{"httpPort":"80"}]}""", "fleet.json: cameras[0].httpPort: must be a JSON number, is string")]
    [InlineData("""{"cameras":[{"rtspPort":70000}]}""", "fleet.json: cameras[0].rtspPort: 70000 is not an integer within 0..65535")]
    [InlineData("""{"cameras":[{"address":"nowhere"}]}""", "fleet.json: cameras[0].address: 'nowhere' is not an IP address")]
    [InlineData("""{"cameras":[{"main":{"resolution":"big"}}]}""", "fleet.json: cameras[0].main.resolution: 'big' must look like 1920x1080")]
    [InlineData("""{"cameras":[{"main":{"resolution":"641x360"}}]}""", "fleet.json: cameras[0].main: Width 641 must be even")]
    [InlineData("""{"cameras":[{"sub":{"fps":0}}]}""", "fleet.json: cameras[0].sub.fps: 0 is not an integer within 1..60")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-09","fault":"stall"}]}""", "fleet.json: faults[0].camera: no camera named 'cam-09' in the file")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-01","fault":"explode"}]}""", "fleet.json: faults[0].fault: 'explode' is not one of reboot|rtsp-drop|stall|packet-loss|clock-skew|refuse-credentials|slow-soap|corrupt-nal")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-01","fault":"packet-loss"}]}""", "fleet.json: faults[0]: packet-loss needs percent in (0, 100]")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-01","fault":"stall","at":"soon"}]}""", "fleet.json: faults[0].at: 'soon' is not a duration")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-01","fault":"stall","at":"-5s"}]}""", "fleet.json: faults[0].at: must not be before the fleet starts")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-01","fault":"stall","times":2}]}""", "fleet.json: faults[0].times: needs 'every'")]
    [InlineData("""{"cameras":[{}],"faults":[{"camera":"cam-01","fault":"stall","every":"100ms"}]}""", "fleet.json: faults[0].every: must be at least 1s")]
    [InlineData("""{"cameras":[{}],"faults":[{"fault":"stall"}]}""", "fleet.json: faults[0]: 'camera' is missing")]
    public void Read_BadFile_ThrowsWithPathInMessage(string json, string expected)
    {
        var error = Assert.Throws<FleetUsageException>(() => FleetFileReader.Read(Encoding.UTF8.GetBytes(json), "fleet.json"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_TooDeep_IsRejectedAsInvalidJson()
    {
        var json = """{"cameras":[{"main":""" + new string('[', 40) + new string(']', 40) + "}]}";

        var error = Assert.Throws<FleetUsageException>(() => FleetFileReader.Read(Encoding.UTF8.GetBytes(json), "f.json"));

        Assert.StartsWith("f.json: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeededGarbage_OnlyFleetUsageExceptionEscapes()
    {
        var random = new Random(6600);
        var good = Encoding.UTF8.GetBytes(Good);
        for (var round = 0; round < 2000; round++)
        {
            var bytes = (byte[])good.Clone();
            for (var k = 0; k < 1 + random.Next(4); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(32, 127);
            }

            var cut = random.Next(bytes.Length + 1);
            try
            {
                FleetFileReader.Read(bytes.AsSpan(0, cut == 0 ? bytes.Length : cut), "g.json");
            }
            catch (FleetUsageException)
            {
            }
        }
    }
}
