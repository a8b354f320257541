using System.Net;
using Vms.Onvif.Discovery;
using Vms.Onvif.Security;
using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>How one simulated camera looks and where it listens. The persisted state in <see cref="DataFolder"/>
/// wins over the initial values here (users, clock offset, encoder settings) once the camera has run.</summary>
public sealed record SimulatedCameraOptions
{
    /// <summary>Shown on the picture, in the <c>name</c> scope and as the initial hostname.</summary>
    public required string Name { get; init; }

    public CameraKind Kind { get; init; } = CameraKind.Fixed;

    /// <summary>The address the camera owns: HTTP, RTSP and discovery bind to it (never a wildcard in discovery).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>ONVIF HTTP port (0: any free port, kept across reboots).</summary>
    public int HttpPort { get; init; }

    /// <summary>RTSP port (0: any free port, kept across reboots).</summary>
    public int RtspPort { get; init; }

    /// <summary>Where <c>camera.json</c> lives (created if missing).</summary>
    public required string DataFolder { get; init; }

    /// <summary>Users of a camera with no saved state (factory default: admin/admin).</summary>
    public IReadOnlyList<OnvifUser> Users { get; init; } = [new OnvifUser("admin", "admin", OnvifUserLevel.Administrator)];

    /// <summary>Main stream of a camera with no saved state (null: 1920×1080, 3840×1080 for panoramic).</summary>
    public VideoStreamSettings? MainStream { get; init; }

    /// <summary>Sub stream of a camera with no saved state (null: 640×360).</summary>
    public VideoStreamSettings? SubStream { get; init; }

    public string Location { get; init; } = "France";

    public string Hardware { get; init; } = "VMS-SIM";

    public string Manufacturer { get; init; } = "Vms";

    public string FirmwareVersion { get; init; } = "1.0.0";

    /// <summary>Initial device clock offset of a camera with no saved state.</summary>
    public TimeSpan ClockSkew { get; init; }

    /// <summary>Largest accepted |Created − device now| of a UsernameToken (a few seconds imitates strict cameras).</summary>
    public TimeSpan UsernameTokenWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Refuse a UsernameToken nonce seen before (Core). Turn off for clients that reuse one nonce per
    /// session (onvif-util and other libonvif-based tools), as many real cameras tolerate them.</summary>
    public bool RejectReplayedUsernameTokens { get; init; } = true;

    /// <summary>Accept WS-UsernameTokens; false imitates cameras that only authenticate with HTTP Digest (the header is ignored).</summary>
    public bool AcceptUsernameToken { get; init; } = true;

    /// <summary>Answer SOAP 1.2; false imitates old cameras that only speak SOAP 1.1 (1.2 requests get HTTP 415).</summary>
    public bool AcceptSoap12 { get; init; } = true;

    /// <summary>Let anonymous clients call GetDeviceInformation (many clients call it first).</summary>
    public bool AllowAnonymousDeviceInformation { get; init; }

    /// <summary>How long SystemReboot keeps the camera offline.</summary>
    public TimeSpan RebootDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Keep encoding without viewers (tests); by default a stream encodes only while watched.</summary>
    public bool AlwaysEncode { get; init; }

    /// <summary>A discovery responder shared by the fleet (owned by the caller): the camera registers on start
    /// (Hello) and unregisters when it goes offline or stops (Bye). Null: not discoverable by multicast.</summary>
    public DiscoveryResponder? Discovery { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ILoggerFactory? LoggerFactory { get; init; }

    internal bool HasPtz => Kind is CameraKind.Ptz or CameraKind.Panoramic;

    internal VideoStreamSettings DefaultMain => MainStream ?? (Kind == CameraKind.Panoramic
        ? new VideoStreamSettings { Width = 3840, Height = 1080, FramesPerSecond = 12, GopFrames = 24, BitrateKbps = 4096 }
        : VideoStreamSettings.MainStream);

    internal VideoStreamSettings DefaultSub => SubStream ?? (Kind == CameraKind.Panoramic
        ? new VideoStreamSettings { Width = 1280, Height = 360 }
        : VideoStreamSettings.SubStream);

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(DataFolder);
        ArgumentNullException.ThrowIfNull(Address);
        ArgumentOutOfRangeException.ThrowIfNegative(HttpPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HttpPort, 65535);
        ArgumentOutOfRangeException.ThrowIfNegative(RtspPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RtspPort, 65535);
        if (Users.Count == 0 || !Users.Any(u => u.Level == OnvifUserLevel.Administrator))
        {
            throw new ArgumentException("a camera needs at least one Administrator user", nameof(Users));
        }

        DefaultMain.Validate();
        DefaultSub.Validate();
    }
}
