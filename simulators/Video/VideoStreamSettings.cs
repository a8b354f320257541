namespace Vms.Simulators.Video;

/// <summary>
/// The coding settings of one synthetic H.264 stream. A running source applies new settings at its next
/// IDR (see <see cref="SyntheticVideoSource.UpdateSettings"/>).
/// </summary>
public sealed record VideoStreamSettings
{
    public const int MaxWidth = 4096;
    public const int MaxHeight = 2304;
    public const int MaxFramesPerSecond = 60;
    public const int MaxGopFrames = 600;
    public const int MaxBitrateKbps = 100_000;

    /// <summary>Picture width in pixels (even, 16 to <see cref="MaxWidth"/>).</summary>
    public int Width { get; init; } = 640;

    /// <summary>Picture height in pixels (even, 16 to <see cref="MaxHeight"/>); heights that are not a multiple of 16 are coded larger and cropped.</summary>
    public int Height { get; init; } = 360;

    /// <summary>Frames per second (1 to <see cref="MaxFramesPerSecond"/>). French video-protection practice is 12.</summary>
    public int FramesPerSecond { get; init; } = 12;

    /// <summary>Frames from one IDR to the next (1 to <see cref="MaxGopFrames"/>).</summary>
    public int GopFrames { get; init; } = 24;

    /// <summary>
    /// Target bitrate in kbit/s. Unchanged macroblocks are re-sent as I_PCM to reach it; 0 sends only what
    /// changes. A target below what the scene itself needs cannot be met (the stream runs above it).
    /// </summary>
    public int BitrateKbps { get; init; } = 512;

    public H264Profile Profile { get; init; } = H264Profile.ConstrainedBaseline;

    /// <summary>A typical main stream: 1920×1080, 12 fps, 2 s GOP, 2 Mbit/s.</summary>
    public static VideoStreamSettings MainStream => new() { Width = 1920, Height = 1080, BitrateKbps = 2048 };

    /// <summary>A typical sub stream: 640×360, 12 fps, 2 s GOP, 512 kbit/s.</summary>
    public static VideoStreamSettings SubStream => new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Width is < 16 or > MaxWidth || (Width & 1) != 0)
        {
            throw new ArgumentException($"Width {Width} must be even and within 16..{MaxWidth} (4:2:0 needs even sizes)", nameof(Width));
        }

        if (Height is < 16 or > MaxHeight || (Height & 1) != 0)
        {
            throw new ArgumentException($"Height {Height} must be even and within 16..{MaxHeight} (4:2:0 needs even sizes)", nameof(Height));
        }

        if (FramesPerSecond is < 1 or > MaxFramesPerSecond)
        {
            throw new ArgumentException($"FramesPerSecond {FramesPerSecond} must be within 1..{MaxFramesPerSecond}", nameof(FramesPerSecond));
        }

        if (GopFrames is < 1 or > MaxGopFrames)
        {
            throw new ArgumentException($"GopFrames {GopFrames} must be within 1..{MaxGopFrames}", nameof(GopFrames));
        }

        if (BitrateKbps is < 0 or > MaxBitrateKbps)
        {
            throw new ArgumentException($"BitrateKbps {BitrateKbps} must be within 0..{MaxBitrateKbps}", nameof(BitrateKbps));
        }

        if (!Enum.IsDefined(Profile))
        {
            throw new ArgumentException($"Profile {Profile} is not a known profile", nameof(Profile));
        }
    }
}
