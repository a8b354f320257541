using System.Globalization;
using System.Net;
using System.Text.Json;
using Vms.Host.Cli;
using Vms.Onvif.Discovery;
using Vms.TestSupport;

namespace Vms.Host.Tests.Cli;

public sealed class DiscoverVerbTests
{
    private static int _subnet = Random.Shared.Next(0, 200);

    // the devices answer at once, but on a loaded machine their answers may be read seconds later; an answer read
    // after the verb's window is lost
    private const string Window = "10s";

    private static string NewSubnet()
    {
        var n = Interlocked.Increment(ref _subnet);
        return string.Create(CultureInfo.InvariantCulture, $"127.{50 + (n / 250 % 40)}.{n % 250}.");
    }

    private static async Task<DiscoveryResponder> StartResponderAsync(string subnet, int count)
    {
        var responder = new DiscoveryResponder(new DiscoveryResponderOptions { Port = 0, MaxResponseDelay = TimeSpan.Zero }, TimeProvider.System);
        for (var i = 1; i <= count; i++)
        {
            await responder.AddAsync(
                new DiscoveryDevice(
                    $"urn:uuid:{Guid.NewGuid():D}",
                    IPAddress.Parse(subnet + i.ToString(CultureInfo.InvariantCulture)),
                    ["onvif://www.onvif.org/Profile/Streaming", $"onvif://www.onvif.org/name/Cam%20{i}", "onvif://www.onvif.org/hardware/SIM-PTZ"],
                    ["http://{address}:8080/onvif/device_service"]),
                CancellationToken.None);
        }

        await responder.StartAsync(CancellationToken.None);
        return responder;
    }

    [Fact]
    public async Task Discover_ThreeDevicesOnLoopback_TableListsEach()
    {
        var subnet = NewSubnet();
        await using var responder = await StartResponderAsync(subnet, 3);
        var output = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["discover", "--interface", "127.0.0.1", "--timeout", Window, "--discovery-port", responder.Port.ToString(CultureInfo.InvariantCulture)],
            new CommandConsole(output, TextWriter.Null),
            CancellationToken.None).WithTimeout();

        Assert.Equal(CommandLine.Ok, code);
        var text = output.ToString();
        for (var i = 1; i <= 3; i++)
        {
            Assert.Matches($@"Cam {i}\s+SIM-PTZ\s+{subnet.Replace(".", "\\.", StringComparison.Ordinal)}{i}\s+http://{subnet.Replace(".", "\\.", StringComparison.Ordinal)}{i}:8080/onvif/device_service", text);
        }

        Assert.Contains("3 device(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_UnicastRangeJson_ParsesBackWithScopes()
    {
        var subnet = NewSubnet();
        await using var responder = await StartResponderAsync(subnet, 2);
        var output = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["discover", "--interface", "127.0.0.1", "--range", subnet + "0/29", "--timeout", Window, "--json", "--discovery-port", responder.Port.ToString(CultureInfo.InvariantCulture)],
            new CommandConsole(output, TextWriter.Null),
            CancellationToken.None).WithTimeout();

        Assert.Equal(CommandLine.Ok, code);
        using var doc = JsonDocument.Parse(output.ToString());
        var devices = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["Cam 1", "Cam 2"], devices.Select(d => d.GetProperty("name").GetString()));
        Assert.All(devices, d => Assert.Contains("onvif://www.onvif.org/hardware/SIM-PTZ", d.GetProperty("scopes").EnumerateArray().Select(s => s.GetString())));
    }

    [Fact]
    public async Task Discover_BadRange_ExitsTwo()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["discover", "--range", "10.0.0.0/99"], new CommandConsole(TextWriter.Null, error), CancellationToken.None);

        Assert.Equal(CommandLine.Usage, code);
        Assert.Contains("--range must be an IPv4 CIDR", error.ToString(), StringComparison.Ordinal);
    }
}
