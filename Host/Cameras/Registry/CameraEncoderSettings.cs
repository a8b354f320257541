namespace Vms.Host.Cameras.Registry;

/// <summary>
/// Desired video encoder settings of a camera's main profile. Null members are left as the camera has them;
/// the frame rate is always set (the site default, 12 fps, unless the camera says otherwise).
/// </summary>
public sealed record CameraEncoderSettings(int FrameRate, int? Width = null, int? Height = null, int? BitrateKbps = null, int? GovLength = null)
{
    public const int MaxFrameRate = 60;
    public const int MaxWidth = 8192;
    public const int MaxHeight = 8192;
    public const int MaxBitrateKbps = 100_000;
    public const int MaxGovLength = 1000;

    /// <summary>The first problem with these settings, or null when they are acceptable.</summary>
    public string? Validate()
    {
        if (FrameRate is < 1 or > MaxFrameRate)
        {
            return $"frameRate {FrameRate} must be within 1..{MaxFrameRate}";
        }

        if ((Width is null) != (Height is null))
        {
            return "width and height go together";
        }

        if (Width is { } w && (w < 16 || w > MaxWidth))
        {
            return $"width {w} must be within 16..{MaxWidth}";
        }

        if (Height is { } h && (h < 16 || h > MaxHeight))
        {
            return $"height {h} must be within 16..{MaxHeight}";
        }

        if (BitrateKbps is { } b && (b < 16 || b > MaxBitrateKbps))
        {
            return $"bitrateKbps {b} must be within 16..{MaxBitrateKbps}";
        }

        return GovLength is { } g && (g < 1 || g > MaxGovLength) ? $"govLength {g} must be within 1..{MaxGovLength}" : null;
    }
}
