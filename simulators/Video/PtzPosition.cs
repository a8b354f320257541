namespace Vms.Simulators.Video;

/// <summary>
/// Where the camera looks, in ONVIF generic spaces: pan and tilt in [−1, 1] (pan −1/+1 = 180° left/right of
/// north, tilt −1/+1 = 90° down/up), zoom in [0, 1] (0 widest, 1 narrowest field of view). Values outside
/// the ranges are clamped.
/// </summary>
public readonly record struct PtzPosition
{
    public PtzPosition(double pan, double tilt, double zoom)
    {
        Pan = Clamp(pan, -1, 1);
        Tilt = Clamp(tilt, -1, 1);
        Zoom = Clamp(zoom, 0, 1);
    }

    public static PtzPosition Home => new(0, 0, 0);

    public double Pan { get; }

    public double Tilt { get; }

    public double Zoom { get; }

    private static double Clamp(double value, double min, double max) => double.IsNaN(value) ? 0 : Math.Clamp(value, min, max);
}
