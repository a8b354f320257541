using System.Net;
using Vms.Simulators.Faults;

namespace Vms.Simulators.Fleet;

/// <summary>What <see cref="CameraFleet.StartAsync"/> starts (immutable; validated on start).</summary>
public sealed record FleetOptions
{
    public const int MaxCameras = 1000;

    public required IReadOnlyList<FleetCameraSpec> Cameras { get; init; }

    /// <summary>Each camera keeps its state under <c>DataFolder/&lt;name&gt;</c> (created when missing).</summary>
    public required string DataFolder { get; init; }

    /// <summary>
    /// Cameras on different addresses share their ports (like real cameras): a camera whose port is 0 takes
    /// the port the first camera bound.
    /// </summary>
    public bool SamePorts { get; init; }

    /// <summary>Interface address for WS-Discovery (multicast group joined there and on the cameras' interfaces); null: no discovery.</summary>
    public IPAddress? DiscoveryInterface { get; init; }

    /// <summary>WS-Discovery UDP port (3702; tests use another).</summary>
    public int DiscoveryPort { get; init; } = 3702;

    /// <summary>Port of the fault control API on 127.0.0.1 (0: a free port); null: no control API.</summary>
    public int? ControlPort { get; init; }

    public IReadOnlyList<ScheduledFault> Faults { get; init; } = [];

    /// <summary>Encode even without viewers (benchmarks); by default a stream encodes only while watched.</summary>
    public bool AlwaysEncode { get; init; }

    /// <summary>Cameras started at once.</summary>
    public int StartConcurrency { get; init; } = 8;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first problem.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Cameras);
        ArgumentException.ThrowIfNullOrWhiteSpace(DataFolder);
        if (Cameras.Count is 0 or > MaxCameras)
        {
            throw new ArgumentException($"a fleet has 1 to {MaxCameras} cameras, not {Cameras.Count}", nameof(Cameras));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var endpoints = new HashSet<(IPAddress, int)>();
        foreach (var camera in Cameras)
        {
            if (!FleetNames.IsValid(camera.Name))
            {
                throw new ArgumentException($"camera name '{camera.Name}' must be 1-64 letters, digits, '-', '_' or '.'", nameof(Cameras));
            }

            if (!names.Add(camera.Name))
            {
                throw new ArgumentException($"camera name '{camera.Name}' is used twice", nameof(Cameras));
            }

            foreach (var port in new[] { camera.HttpPort, camera.RtspPort })
            {
                if (port is < 0 or > 65535)
                {
                    throw new ArgumentException($"camera '{camera.Name}': port {port} is not within 0..65535", nameof(Cameras));
                }

                if (port != 0 && !endpoints.Add((camera.Address, port)))
                {
                    throw new ArgumentException($"camera '{camera.Name}': {camera.Address}:{port} is used twice", nameof(Cameras));
                }
            }
        }

        foreach (var fault in Faults)
        {
            if (!names.Contains(fault.Camera))
            {
                throw new ArgumentException($"scheduled fault names unknown camera '{fault.Camera}'", nameof(Faults));
            }

            fault.Request.Validate();
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(StartConcurrency, 1);
        if (ControlPort is < 0 or > 65535)
        {
            throw new ArgumentException($"control port {ControlPort} is not within 0..65535", nameof(ControlPort));
        }
    }
}
