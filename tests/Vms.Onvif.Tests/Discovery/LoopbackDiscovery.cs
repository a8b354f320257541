using System.Net;
using Vms.Onvif.Discovery;

namespace Vms.Onvif.Tests.Discovery;

/// <summary>Loopback addresses and devices for discovery tests (each test run picks its own 127.x.y.0/24).</summary>
internal static class LoopbackDiscovery
{
    private static int _subnet = Random.Shared.Next(0, 200);

    /// <summary>A fresh 127.N.M.0/24 prefix so parallel tests never share addresses.</summary>
    public static string NewSubnet()
    {
        var n = Interlocked.Increment(ref _subnet);
        return $"127.{100 + (n / 250 % 100)}.{n % 250}.";
    }

    public static DiscoveryDevice Device(string subnet, int host, string name, string hardware = "SIM-PTZ") => new(
        $"urn:uuid:{Guid.NewGuid():D}",
        IPAddress.Parse(subnet + host),
        ["onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/Profile/T", $"onvif://www.onvif.org/name/{Uri.EscapeDataString(name)}",
         $"onvif://www.onvif.org/hardware/{hardware}", "onvif://www.onvif.org/location/country/fr"],
        ["http://{address}:8080/onvif/device_service"]);

    public static DiscoveryClientOptions ClientOptions(int port) => new()
    {
        Port = port,
        InterfaceAddresses = [IPAddress.Loopback],
        ProbeTimeout = TimeSpan.FromSeconds(30),
        ProbeRepeats = 1,
        UnicastTimeout = TimeSpan.FromSeconds(2),
    };
}
