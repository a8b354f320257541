using Vms.Onvif.Security;

namespace Vms.Simulators.Camera;

/// <summary>
/// The configuration a real camera keeps across reboots, persisted as JSON in the camera's data folder:
/// identity, users, clock offset, scopes, hostname, encoder settings, privacy masks, PTZ presets and home.
/// Mutated only under <see cref="SimulatedCamera"/>'s state lock, then saved.
/// </summary>
internal sealed class CameraState
{
    public int Version { get; set; } = 1;

    public string EndpointAddress { get; set; } = "urn:uuid:" + Guid.NewGuid().ToString("D");

    public string Hostname { get; set; } = "camera";

    /// <summary>Device clock minus host clock.</summary>
    public TimeSpan ClockOffset { get; set; }

    public bool DateTimeFromNtp { get; set; }

    public List<string> NtpServers { get; set; } = [];

    public bool Discoverable { get; set; } = true;

    public List<UserState> Users { get; set; } = [];

    /// <summary>Configurable scopes (the fixed ones come from the options).</summary>
    public List<string> Scopes { get; set; } = [];

    public Dictionary<string, EncoderState> Encoders { get; set; } = [];

    public List<MaskState> Masks { get; set; } = [];

    public List<PresetState> Presets { get; set; } = [];

    public PositionState Home { get; set; } = new();

    public PositionState Position { get; set; } = new();

    public int NextMaskNumber { get; set; } = 1;

    public int NextPresetNumber { get; set; } = 1;

    internal sealed class UserState
    {
        public string Username { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public OnvifUserLevel Level { get; set; }
    }

    internal sealed class EncoderState
    {
        public int Width { get; set; }

        public int Height { get; set; }

        public int FramesPerSecond { get; set; }

        public int BitrateKbps { get; set; }

        public int GopFrames { get; set; }
    }

    internal sealed class MaskState
    {
        public string Token { get; set; } = string.Empty;

        public List<double[]> Points { get; set; } = [];

        public string Type { get; set; } = "Color";

        public byte[] Rgb { get; set; } = [0, 0, 0];

        public bool Enabled { get; set; } = true;
    }

    internal sealed class PresetState
    {
        public string Token { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public PositionState Position { get; set; } = new();
    }

    internal sealed class PositionState
    {
        public double Pan { get; set; }

        public double Tilt { get; set; }

        public double Zoom { get; set; }
    }
}
