namespace Vms.Simulators.Video.Rendering;

/// <summary>
/// The window a picture shows onto the synthetic panorama (azimuth −180°..180°, elevation −90°..90°).
/// Pan −1..1 turns the centre from −180° to +180° azimuth; zoom 0..1 narrows the horizontal field of view from
/// 60° to 6°; tilt −1..1 moves the centre over the whole elevation range the field of view leaves. A panoramic
/// camera sees 360° across its width (a 2:1 picture shows the whole sphere). Pixels are square in degrees.
/// </summary>
internal readonly record struct PanoramaView(double CentreAzimuth, double CentreElevation, double DegreesPerPixel, int Width, int Height)
{
    public const double WidestFieldOfView = 60;
    public const double MaxZoomFactor = 10;

    public double HorizontalFieldOfView => DegreesPerPixel * Width;

    public double VerticalFieldOfView => DegreesPerPixel * Height;

    public static PanoramaView For(int width, int height, PtzPosition position, bool panoramic)
    {
        var hfov = panoramic ? 360 : WidestFieldOfView / (1 + ((MaxZoomFactor - 1) * position.Zoom));
        var degreesPerPixel = hfov / width;
        var vfov = degreesPerPixel * height;
        var elevationRange = Math.Max(0, 90 - (vfov / 2));
        return new PanoramaView(position.Pan * 180, position.Tilt * elevationRange, degreesPerPixel, width, height);
    }

    /// <summary>Azimuth at the centre of pixel column <paramref name="x"/>, wrapped to [−180, 180).</summary>
    public double AzimuthAt(int x) => Wrap(CentreAzimuth + ((x + 0.5 - (Width / 2.0)) * DegreesPerPixel));

    /// <summary>Elevation at the centre of pixel row <paramref name="y"/> (up is positive).</summary>
    public double ElevationAt(int y) => CentreElevation - ((y + 0.5 - (Height / 2.0)) * DegreesPerPixel);

    /// <summary>The pixel column showing <paramref name="azimuth"/>, or null when it is outside the picture.</summary>
    public double? ColumnOf(double azimuth)
    {
        var offset = Wrap(azimuth - CentreAzimuth);
        var x = (offset / DegreesPerPixel) + (Width / 2.0) - 0.5;
        return x >= 0 && x < Width ? x : null;
    }

    /// <summary>The pixel row showing <paramref name="elevation"/>, or null when it is outside the picture.</summary>
    public double? RowOf(double elevation)
    {
        var y = ((CentreElevation - elevation) / DegreesPerPixel) + (Height / 2.0) - 0.5;
        return y >= 0 && y < Height ? y : null;
    }

    public static double Wrap(double degrees)
    {
        var d = (degrees + 180) % 360;
        if (d < 0)
        {
            d += 360;
        }

        return d - 180;
    }
}
