using System.Text.Json;
using Vms.Host.Cli;
using Vms.TestSupport;

namespace Vms.Host.Tests.Cli;

public sealed class ProbeVerbTests
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CommandConsole(output, error), CancellationToken.None).WithTimeout();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Probe_Media2Camera_PrintsInformationProfilesMasksAndPtz()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");

        var (code, output, _) = await RunAsync("probe", peer.DeviceService.ToString(), "--user", "admin", "--password", "pw");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("model       HIKVISION DS-2DE4A425IW-DE", output, StringComparison.Ordinal);
        Assert.Contains("Profile_1 \"mainStream\": H265 2560x1440 25 fps 4096 kbit/s GOP 50", output, StringComparison.Ordinal);
        Assert.Contains("    tcp rtsp://127.0.0.1:554/Streaming/Channels/101", output, StringComparison.Ordinal);
        Assert.Contains("masks       supported", output, StringComparison.Ordinal);
        Assert.Contains("  Mask_1: Color, 4 points on VideoSourceToken", output, StringComparison.Ordinal);
        Assert.Contains("  preset 1: Entrance", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_Json_ParsesBackWithTheSameFacts()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");

        var (code, output, _) = await RunAsync("probe", peer.DeviceService.ToString(), "--json");

        Assert.Equal(CommandLine.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("IPC-100", root.GetProperty("model").GetString());
        Assert.Equal(1, root.GetProperty("mediaVersion").GetInt32());
        var profile = Assert.Single(root.GetProperty("profiles").EnumerateArray().ToArray());
        Assert.Equal("H264", profile.GetProperty("codec").GetString());
        Assert.Equal(peer.BaseUri.Host, new Uri(profile.GetProperty("udpUri").GetString()!).Host);
        Assert.False(root.GetProperty("masks").GetProperty("supported").GetBoolean());
        Assert.Contains("no Media2", root.GetProperty("masks").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("clockOffsetSeconds").GetDouble() < -1000);
    }

    [Fact]
    public async Task Probe_ClosedPort_ExitsOneWithUnreachable()
    {
        var port = Loopback.FreeTcpPort();

        var (code, _, err) = await RunAsync("probe", $"http://127.0.0.1:{port}/onvif/device_service", "--timeout", "5s");

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("vms probe: unreachable: ", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public async Task Probe_BadCredentials_ExitsOneWithBadCredentials()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        peer.Gate = (request, key) => key == "tds.GetSystemDateAndTime" ? null : peer.Envelope("""
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error"><s:Body><s:Fault>
            <s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>ter:NotAuthorized</s:Value></s:Subcode></s:Code>
            <s:Reason><s:Text xml:lang="en">Sender not Authorized</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>
            """);

        var (code, _, err) = await RunAsync("probe", peer.DeviceService.ToString(), "--user", "admin", "--password", "wrong");

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("vms probe: bad credentials for http://127.0.0.1:", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_HtmlPage_ExitsOneWithNotOnvif()
    {
        await using var web = ScriptedHttpPeer.Start(_ => ScriptedHttpResponse.Text(200, "OK", "text/html", "<html><head><title>Router login</title></head><body>hi</body></html>"));

        var (code, _, err) = await RunAsync("probe", web.BaseUri.ToString());

        Assert.Equal(CommandLine.Failed, code);
        Assert.StartsWith("vms probe: not an ONVIF device: ", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("probe")]
    [InlineData("probe", "ftp://x")]
    [InlineData("probe", "http://x", "--user", "u")]
    public async Task Probe_BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, _) = await RunAsync(args);

        Assert.Equal(CommandLine.Usage, code);
    }
}
