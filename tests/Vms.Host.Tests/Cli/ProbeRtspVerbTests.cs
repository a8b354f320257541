using System.Text.Json;
using Vms.Host.Cli;
using Vms.Simulators.Camera;
using Vms.TestSupport;

namespace Vms.Host.Tests.Cli;

/// <summary><c>vms probe rtsp://…</c> and <c>vms probe http://… --streams</c> against a simulated camera (real sockets, real clock).</summary>
public sealed class ProbeRtspVerbTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CommandConsole(output, error), CancellationToken.None).WithTimeout(TimeSpan.FromSeconds(60));
        return (code, output.ToString(), error.ToString());
    }

    private static JsonElement SingleVideoTrack(JsonElement report)
    {
        var track = Assert.Single(report.GetProperty("tracks").EnumerateArray().ToArray());
        Assert.Equal("video", track.GetProperty("kind").GetString());
        return track;
    }

    [Fact]
    public async Task Probe_RtspTcp_MeasuresCodecSizeFrameRateBitrateAndKeyframeInterval()
    {
        await using var camera = await LoopbackCamera.StartAsync();

        var (code, output, err) = await RunAsync("probe", camera.Camera.RtspUri(StreamKind.Main).ToString(), "--user", LoopbackCamera.User, "--password", LoopbackCamera.Password, "--duration", "3s", "--json");

        Assert.True(code == CommandLine.Ok, err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("tcp", doc.RootElement.GetProperty("transport").GetString());
        Assert.DoesNotContain(LoopbackCamera.Password, output, StringComparison.Ordinal);
        var track = SingleVideoTrack(doc.RootElement);
        Assert.Equal("H264", track.GetProperty("codec").GetString());
        Assert.Equal(640, track.GetProperty("width").GetInt32());
        Assert.Equal(360, track.GetProperty("height").GetInt32());
        Assert.InRange(track.GetProperty("timestampFps").GetDouble(), 14.5, 15.5);
        Assert.InRange(track.GetProperty("measuredFps").GetDouble(), 5, 15.5); // a loaded simulator may skip frames
        Assert.InRange(track.GetProperty("keyframeIntervalFrames").GetDouble(), 14, 16);
        Assert.InRange(track.GetProperty("keyframeIntervalSeconds").GetDouble(), 0.93, 1.07);
        Assert.InRange(track.GetProperty("bitrateKbps").GetDouble(), 1, 5000);
        Assert.InRange(track.GetProperty("frames").GetInt64(), 15, 60);
    }

    [Fact]
    public async Task Probe_RtspUdpText_PrintsTheMeasuredLine()
    {
        await using var camera = await LoopbackCamera.StartAsync();

        var (code, output, err) = await RunAsync("probe", camera.Camera.RtspUri(StreamKind.Sub).ToString(), "--user", LoopbackCamera.User, "--password", LoopbackCamera.Password, "--duration", "5s", "--transport", "udp");

        Assert.True(code == CommandLine.Ok, err);
        Assert.Contains("(udp, ", output, StringComparison.Ordinal);
        Assert.Contains("track 0 video H264 Constrained Baseline", output, StringComparison.Ordinal);
        Assert.Contains(" 320x180, ", output, StringComparison.Ordinal);
        Assert.Matches(@"keyframe every (19|20|21)(\.\d)? frames \((1\.9|2|2\.1)\d? s\)", output);
    }

    [Fact]
    public async Task Probe_RtspWrongPassword_ExitsOneWithBadCredentials()
    {
        await using var camera = await LoopbackCamera.StartAsync();

        var (code, _, err) = await RunAsync("probe", camera.Camera.RtspUri(StreamKind.Main).ToString(), "--user", LoopbackCamera.User, "--password", "wrong");

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("vms probe: bad credentials for rtsp://127.0.0.1:", err, StringComparison.Ordinal);
        Assert.Contains("401", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_RtspClosedPort_ExitsOneWithUnreachable()
    {
        var port = Loopback.FreeTcpPort();

        var (code, _, err) = await RunAsync("probe", $"rtsp://127.0.0.1:{port}/main", "--timeout", "3s");

        Assert.Equal(CommandLine.Failed, code);
        Assert.Contains("unreachable: rtsp://127.0.0.1:", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_DeviceWithStreams_PullsEveryProfileStream()
    {
        await using var camera = await LoopbackCamera.StartAsync();

        var (code, output, err) = await RunAsync("probe", camera.Camera.DeviceServiceUri.ToString(), "--user", LoopbackCamera.User, "--password", LoopbackCamera.Password, "--streams", "--duration", "2s", "--json");

        Assert.True(code == CommandLine.Ok, err);
        using var doc = JsonDocument.Parse(output);
        var streams = doc.RootElement.GetProperty("streams").EnumerateArray().ToDictionary(s => s.GetProperty("profile").GetString()!);
        Assert.Equal(["profile_main", "profile_sub"], streams.Keys.Order());
        var main = SingleVideoTrack(streams["profile_main"].GetProperty("report"));
        var sub = SingleVideoTrack(streams["profile_sub"].GetProperty("report"));
        Assert.Equal((640, 360), (main.GetProperty("width").GetInt32(), main.GetProperty("height").GetInt32()));
        Assert.Equal((320, 180), (sub.GetProperty("width").GetInt32(), sub.GetProperty("height").GetInt32()));
        Assert.InRange(sub.GetProperty("timestampFps").GetDouble(), 9.5, 10.5);
    }
}
