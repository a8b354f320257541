using System.Net;
using Vms.TestSupport;

namespace Vms.Interop.Tests.Onvif;

/// <summary>
/// A client network namespace joined to the test's namespace by a veth pair: the client end is named <c>eth0</c>
/// (10.231.N.1/24, default route), our end keeps 10.231.N.2/24. Created and deleted by the test (needs root).
/// </summary>
internal sealed class VethNamespace : IAsyncDisposable
{
    private VethNamespace(int n)
    {
        Name = $"vmsonvif{n}";
        HostLink = $"vonv{n}";
        HostAddress = IPAddress.Parse($"10.231.{n}.2");
        ClientAddress = IPAddress.Parse($"10.231.{n}.1");
    }

    public string Name { get; }

    public string HostLink { get; }

    public IPAddress HostAddress { get; }

    public IPAddress ClientAddress { get; }

    public static async Task<VethNamespace> CreateAsync()
    {
        var ns = new VethNamespace(Random.Shared.Next(20, 250));
        try
        {
            await IpAsync("netns", "add", ns.Name);
            await IpAsync("link", "add", ns.HostLink, "type", "veth", "peer", "name", ns.HostLink + "c");
            await IpAsync("link", "set", ns.HostLink + "c", "netns", ns.Name);
            await IpAsync("addr", "add", ns.HostAddress + "/24", "dev", ns.HostLink);
            await IpAsync("link", "set", ns.HostLink, "up");
            await InsideAsync(ns.Name, "ip", "link", "set", ns.HostLink + "c", "name", "eth0");
            await InsideAsync(ns.Name, "ip", "addr", "add", ns.ClientAddress + "/24", "dev", "eth0");
            await InsideAsync(ns.Name, "ip", "link", "set", "eth0", "up");
            await InsideAsync(ns.Name, "ip", "link", "set", "lo", "up");
            await InsideAsync(ns.Name, "ip", "route", "add", "default", "dev", "eth0");
            return ns;
        }
        catch
        {
            await ns.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a tool inside the client namespace.</summary>
    public Task<ExternalProcess> RunAsync(TimeSpan timeout, params string[] command) =>
        ExternalProcess.RunAsync("ip", ["netns", "exec", Name, .. command], timeout);

    public async ValueTask DisposeAsync()
    {
        await ExternalProcess.RunAsync("ip", ["netns", "del", Name], TimeSpan.FromSeconds(10));
        await ExternalProcess.RunAsync("ip", ["link", "del", HostLink], TimeSpan.FromSeconds(10)); // gone with the namespace normally
    }

    private static async Task IpAsync(params string[] args)
    {
        var p = await ExternalProcess.RunAsync("ip", args, TimeSpan.FromSeconds(10));
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"ip {string.Join(' ', args)} failed: {p.StandardError}");
        }
    }

    private static Task InsideAsync(string ns, params string[] command) => IpAsync(["netns", "exec", ns, .. command]);
}
