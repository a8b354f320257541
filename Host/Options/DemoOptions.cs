namespace Vms.Host.Options;

/// <summary><c>vms run --demo N</c>: N simulated cameras started in-process, discovered and adopted.</summary>
public sealed class DemoOptions
{
    /// <summary>Number of simulated cameras (0: no demo). Kinds are mixed: 7 fixed, 2 PTZ, 1 panoramic in every 10.</summary>
    public int Cameras { get; set; }

    /// <summary>Loopback address the simulated cameras listen on (each on free ports).</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>Administrator account of every simulated camera, also the credentials the demo adopts them with.</summary>
    public string Username { get; set; } = "admin";

    public string Password { get; set; } = "admin";

    /// <summary>
    /// Password given to the service's <c>admin</c> user when it has none yet (a fresh data folder), so the demo's API
    /// and RTSP URLs work at once. An administrator password set before is never changed.
    /// </summary>
    public string AdminPassword { get; set; } = "demo-admin-password";

    /// <summary>WS-Discovery UDP port the simulated cameras answer on (3702; tests use a free one).</summary>
    public int DiscoveryPort { get; set; } = 3702;

    /// <summary>Camera state folder; empty means <c>DataFolder/demo-cameras</c>.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Main stream size of fixed and PTZ cameras (<c>WIDTHxHEIGHT</c>); panoramic cameras are twice as wide. The sub stream is half the main one each way.</summary>
    public string MainResolution { get; set; } = "1280x720";

    /// <summary>Discover and adopt the cameras once the service has started (false: only start them).</summary>
    public bool Adopt { get; set; } = true;
}
