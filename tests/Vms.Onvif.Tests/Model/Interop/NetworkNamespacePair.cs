using Vms.TestSupport;

namespace Vms.Onvif.Tests.Model.Interop;

/// <summary>Two network namespaces joined by a veth pair, the client end named <c>eth0</c> (onvif-util probes only
/// ordinary interface names): camera 10.231.0.2, client 10.231.0.1. The addresses exist only inside the namespaces;
/// both are deleted on dispose.</summary>
public sealed class NetworkNamespacePair : IAsyncDisposable
{
    public const string CameraAddress = "10.231.0.2";
    public const string ClientAddress = "10.231.0.1";

    private NetworkNamespacePair(string camera, string client) => (Camera, Client) = (camera, client);

    public string Camera { get; }

    public string Client { get; }

    public static async Task<NetworkNamespacePair> CreateAsync()
    {
        var id = $"{Environment.ProcessId % 10000}{Random.Shared.Next(1000):D3}";
        var pair = new NetworkNamespacePair("vmsmc" + id, "vmsml" + id);
        var (cameraLink, clientLink) = ("vmc" + id, "vml" + id);
        try
        {
            await Ip("netns", "add", pair.Camera);
            await Ip("netns", "add", pair.Client);
            await Ip("link", "add", cameraLink, "type", "veth", "peer", "name", clientLink);
            await Ip("link", "set", cameraLink, "netns", pair.Camera);
            await Ip("link", "set", clientLink, "netns", pair.Client);
            await Ip("-n", pair.Camera, "addr", "add", CameraAddress + "/24", "dev", cameraLink);
            await Ip("-n", pair.Camera, "link", "set", cameraLink, "up");
            await Ip("-n", pair.Camera, "link", "set", "lo", "up");
            await Ip("-n", pair.Camera, "route", "add", "default", "dev", cameraLink);
            await Ip("-n", pair.Client, "link", "set", clientLink, "name", "eth0");
            await Ip("-n", pair.Client, "addr", "add", ClientAddress + "/24", "dev", "eth0");
            await Ip("-n", pair.Client, "link", "set", "eth0", "up");
            await Ip("-n", pair.Client, "link", "set", "lo", "up");
            await Ip("-n", pair.Client, "route", "add", "default", "dev", "eth0");
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts <paramref name="tool"/> inside <paramref name="ns"/> (ip netns exec).</summary>
    public static ExternalProcess Start(string ns, string tool, IEnumerable<string> arguments, string? stdin = null) =>
        ExternalProcess.Start("ip", ["netns", "exec", ns, tool, .. arguments], stdin);

    public async ValueTask DisposeAsync()
    {
        foreach (var ns in new[] { Camera, Client })
        {
            try
            {
                await ExternalProcess.RunAsync("ip", ["netns", "del", ns], TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                // best effort; the test reports its own failure
            }
        }
    }

    private static async Task Ip(params string[] arguments)
    {
        var run = await ExternalProcess.RunAsync("ip", arguments, TimeSpan.FromSeconds(10));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"ip {string.Join(' ', arguments)} failed: {run.StandardError}");
        }
    }
}
