using System.Net;
using Vms.Simulators.Camera;

namespace Vms.Simulators.Fleet;

/// <summary>The parsed command line of the simulator (see <see cref="FleetCommandLine"/>).</summary>
public sealed record FleetCommand
{
    public bool Help { get; init; }

    public bool Json { get; init; }

    public int? Cameras { get; init; }

    /// <summary><c>--single-camera</c>: one camera, named by <see cref="Name"/>, on <see cref="Address"/> with <see cref="HttpPort"/>/<see cref="RtspPort"/>.</summary>
    public bool SingleCamera { get; init; }

    /// <summary><c>--name</c> (single camera only; default <c>camera</c>).</summary>
    public string? Name { get; init; }

    public CameraKind Kind { get; init; } = CameraKind.Fixed;

    public bool MixedKinds { get; init; }

    public AddressRange? AddressRange { get; init; }

    public IPAddress? Address { get; init; }

    public int? BasePort { get; init; }

    public int? HttpPort { get; init; }

    public int? RtspPort { get; init; }

    public string User { get; init; } = "admin";

    public string Password { get; init; } = "admin";

    /// <summary>Null: discovery off (<c>--discovery-interface none</c>).</summary>
    public IPAddress? DiscoveryInterface { get; init; } = IPAddress.Loopback;

    public string DataFolder { get; init; } = Path.Combine(Path.GetTempPath(), "vms-simulators");

    public string? FleetFile { get; init; }

    /// <summary>Null: no control API.</summary>
    public int? ControlPort { get; init; } = 0;
}
