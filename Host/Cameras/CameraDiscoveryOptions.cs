namespace Vms.Host.Cameras;

/// <summary>WS-Discovery as the service runs it (<c>Vms:Cameras:Discovery</c>).</summary>
public sealed class CameraDiscoveryOptions
{
    /// <summary>UDP port probed (3702; tests use another).</summary>
    public int Port { get; set; } = 3702;

    /// <summary>Interface addresses to probe from; empty: every IPv4 interface that is up.</summary>
    public List<string> Interfaces { get; set; } = [];

    /// <summary>How long one probe collects answers.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Adopt every device found that is not adopted yet, trying <see cref="Credentials"/> in order.</summary>
    public bool AutoAdopt { get; set; }

    /// <summary>Credentials tried in order when adopting from discovery without explicit ones.</summary>
    public List<CameraCredentialOption> Credentials { get; set; } = [];
}
