using System.Globalization;
using System.Net;
using Vms.Onvif.Client;
using Vms.Onvif.Discovery;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>WS-Discovery of ten simulated cameras on loopback addresses (one shared responder on a free port).</summary>
public sealed class ClientDiscoveryTests(ITestOutputHelper output)
{
    private const int Cameras = 10;

    /// <summary>How long the client listens for answers: the ten cameras answer at once, but on a loaded machine the
    /// answers may be read seconds later, and an answer read after the window is lost.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private static int _subnet = Random.Shared.Next(0, 200);

    private static string NewSubnet()
    {
        var n = Interlocked.Increment(ref _subnet);
        return string.Create(CultureInfo.InvariantCulture, $"127.{150 + (n / 250 % 50)}.{n % 250}.");
    }

    private static async Task<(DiscoveryResponder Responder, List<SimulatedCameraClient> Cameras)> StartFleetAsync(ITestOutputHelper output, string subnet)
    {
        var responder = new DiscoveryResponder(new DiscoveryResponderOptions { Port = 0, MaxResponseDelay = TimeSpan.FromMilliseconds(100) }, TimeProvider.System);
        await responder.StartAsync(CancellationToken.None);
        var cameras = new List<SimulatedCameraClient>();
        for (var i = 1; i <= Cameras; i++)
        {
            cameras.Add(await SimulatedCameraClient.StartAsync(output, address: IPAddress.Parse(subnet + i.ToString(CultureInfo.InvariantCulture)), discovery: responder, name: $"Rue {i}"));
        }

        return (responder, cameras);
    }

    private static async Task StopAsync(DiscoveryResponder responder, List<SimulatedCameraClient> cameras)
    {
        foreach (var camera in cameras)
        {
            await camera.DisposeAsync();
        }

        await responder.DisposeAsync();
    }

    [Fact]
    public async Task Probe_TenCamerasOnLoopback_EachFoundOnceAndReachable()
    {
        var subnet = NewSubnet();
        var (responder, cameras) = await StartFleetAsync(output, subnet);
        try
        {
            var client = new DiscoveryClient(
                new DiscoveryClientOptions { Port = responder.Port, InterfaceAddresses = [IPAddress.Loopback], ProbeTimeout = Window, ProbeRepeats = 3 },
                TimeProvider.System);

            var found = await client.ProbeAsync(null, null, CancellationToken.None);
            var mine = found.Where(d => cameras.Any(c => c.Camera.EndpointAddress == d.EndpointAddress)).ToList();
            var first = mine.Single(d => d.EndpointAddress == cameras[0].Camera.EndpointAddress);
            var info = await cameras[0].NewDevice().GetDeviceInformationAsync(CancellationToken.None);
            using var http = new HttpClient();
            var viaXAddr = new OnvifDevice(new Uri(first.XAddrs[0]), new OnvifCredentials(SimulatedCameraClient.User, SimulatedCameraClient.Password), http);

            Assert.Equal(Cameras, mine.Count);
            Assert.Equal(Cameras, mine.Select(d => d.EndpointAddress).Distinct().Count());
            Assert.All(mine, d => Assert.Equal(cameras.Single(c => c.Camera.EndpointAddress == d.EndpointAddress).Camera.DeviceServiceUri.ToString(), Assert.Single(d.XAddrs)));
            Assert.Equal(Enumerable.Range(1, Cameras).Select(i => $"Rue {i}").Order(), mine.Select(d => d.Info.Name!).Order());
            Assert.Equal(info.SerialNumber, (await viaXAddr.GetDeviceInformationAsync(CancellationToken.None)).SerialNumber);
        }
        finally
        {
            await StopAsync(responder, cameras);
        }
    }

    [Fact]
    public async Task ProbeUnicast_RangeOfTheTenCameras_AllFoundNothingElse()
    {
        var subnet = NewSubnet();
        var (responder, cameras) = await StartFleetAsync(output, subnet);
        try
        {
            var client = new DiscoveryClient(
                new DiscoveryClientOptions { Port = responder.Port, InterfaceAddresses = [IPAddress.Loopback], UnicastTimeout = Window },
                TimeProvider.System);

            var found = await client.ProbeUnicastAsync(IpRange.Parse(subnet + "0/28"), null, null, CancellationToken.None);

            Assert.Equal(cameras.Select(c => c.Camera.EndpointAddress).Order(), found.Select(d => d.EndpointAddress).Order());
            Assert.All(found, d => Assert.Contains("onvif://www.onvif.org/Profile/Streaming", d.Scopes));
        }
        finally
        {
            await StopAsync(responder, cameras);
        }
    }
}
