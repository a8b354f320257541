namespace Vms.Simulators.Video;

/// <summary>
/// A privacy mask: a polygon (at least 3 points, any shape, self-intersections allowed) filled with
/// <see cref="Color"/> over the whole picture (clock and labels included) of every stream of the camera,
/// using the non-zero winding rule. Disabled masks are not drawn.
/// </summary>
public sealed record PrivacyMask
{
    /// <summary>The most points a polygon may have.</summary>
    public const int MaxPoints = 256;

    public PrivacyMask(IReadOnlyList<NormalizedPoint> polygon, RgbColor color, bool enabled = true)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        if (polygon.Count is < 3 or > MaxPoints)
        {
            throw new ArgumentException($"a mask polygon has 3 to {MaxPoints} points, not {polygon.Count}", nameof(polygon));
        }

        for (var i = 0; i < polygon.Count; i++)
        {
            var p = polygon[i];
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y) || Math.Abs(p.X) > 1 || Math.Abs(p.Y) > 1)
            {
                throw new ArgumentException($"mask point {i} ({p.X}, {p.Y}) is outside the normalized range [-1, 1]", nameof(polygon));
            }
        }

        Polygon = [.. polygon];
        Color = color;
        Enabled = enabled;
    }

    public IReadOnlyList<NormalizedPoint> Polygon { get; }

    public RgbColor Color { get; }

    public bool Enabled { get; init; }

    /// <summary>An axis-aligned rectangle mask from two corners in normalized coordinates.</summary>
    public static PrivacyMask Rectangle(double x0, double y0, double x1, double y1, RgbColor color) =>
        new([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1)], color);
}
