using System.Net;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;

namespace Vms.Simulators.Fleet;

/// <summary>One camera of a fleet: identity, where it listens, its streams and its administrator account.</summary>
public sealed record FleetCameraSpec
{
    public required string Name { get; init; }

    public CameraKind Kind { get; init; } = CameraKind.Fixed;

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>ONVIF HTTP port; 0: a free port (or, with <see cref="FleetOptions.SamePorts"/>, the first camera's).</summary>
    public int HttpPort { get; init; }

    /// <summary>RTSP port; 0 as for <see cref="HttpPort"/>.</summary>
    public int RtspPort { get; init; }

    /// <summary>Null: the camera kind's default.</summary>
    public VideoStreamSettings? MainStream { get; init; }

    /// <summary>Null: the camera kind's default.</summary>
    public VideoStreamSettings? SubStream { get; init; }

    public string Location { get; init; } = "France";

    public string Hardware { get; init; } = "VMS-SIM";

    public string Username { get; init; } = "admin";

    public string Password { get; init; } = "admin";
}
