using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Media2;

/// <summary>Mask polygon geometry: validation and the mapping between normalized coordinates and pixels of the
/// video source configuration window (Bounds width × height): <c>px = (x+1)/2·W</c>, <c>py = (1−y)/2·H</c>.</summary>
public static class MaskPolygon
{
    /// <summary>Fewest points of a polygon (schema minOccurs).</summary>
    public const int MinPoints = 3;

    /// <summary>Checks a polygon: at least 3 points, coordinates finite and within [-1, 1], at most
    /// <see cref="MaskOptions.MaxPoints"/> points and exactly 4 when RectangleOnly. Throws
    /// <see cref="OnvifMessageException"/> with <c>env:Receiver / ter:InvalidArgVal / ter:InvalidPolygon</c> (the
    /// Media2 CreateMask/SetMask fault) otherwise.</summary>
    public static void Validate(IReadOnlyList<NormalizedPoint> polygon, MaskOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        if (polygon.Count < MinPoints)
        {
            throw Invalid($"a polygon needs at least {MinPoints} points, got {polygon.Count}");
        }

        if (options is { MaxPoints: > 0 } && polygon.Count > options.MaxPoints)
        {
            throw Invalid($"at most {options.MaxPoints} points allowed, got {polygon.Count}");
        }

        if (options?.RectangleOnly == true && polygon.Count != 4)
        {
            throw Invalid($"this source takes rectangles only (4 points), got {polygon.Count}");
        }

        for (var i = 0; i < polygon.Count; i++)
        {
            var (x, y) = (polygon[i].X, polygon[i].Y);
            if (!float.IsFinite(x) || !float.IsFinite(y) || x is < -1 or > 1 || y is < -1 or > 1)
            {
                throw Invalid($"point {i} ({x}, {y}) is outside [-1, 1]");
            }
        }
    }

    /// <summary>Pixel position (fractional) of a normalized point in a <paramref name="width"/> × <paramref name="height"/> window.</summary>
    public static (double X, double Y) ToPixels(NormalizedPoint point, int width, int height) =>
        ((point.X + 1.0) / 2.0 * width, (1.0 - point.Y) / 2.0 * height);

    /// <summary>Normalized point of a pixel position, clamped to [-1, 1].</summary>
    public static NormalizedPoint FromPixels(double x, double y, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        return new((float)Math.Clamp((x / width * 2.0) - 1.0, -1, 1), (float)Math.Clamp(1.0 - (y / height * 2.0), -1, 1));
    }

    /// <summary>The normalized rectangle polygon (4 points, clockwise from top-left) of a pixel rectangle.</summary>
    public static IReadOnlyList<NormalizedPoint> FromPixelRectangle(int x, int y, int rectangleWidth, int rectangleHeight, int width, int height) =>
    [
        FromPixels(x, y, width, height),
        FromPixels(x + rectangleWidth, y, width, height),
        FromPixels(x + rectangleWidth, y + rectangleHeight, width, height),
        FromPixels(x, y + rectangleHeight, width, height),
    ];

    /// <summary>The smallest pixel rectangle (x, y, width, height) covering the polygon, clipped to the window.</summary>
    public static (int X, int Y, int Width, int Height) PixelBounds(IReadOnlyList<NormalizedPoint> polygon, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        if (polygon.Count == 0)
        {
            return (0, 0, 0, 0);
        }

        // Normalized coordinates are xs:float: allow a thousandth of a pixel of rounding before widening the box.
        const double Slack = 1e-3;
        var pixels = polygon.Select(p => ToPixels(p, width, height)).ToList();
        var left = Math.Clamp((int)Math.Floor(pixels.Min(p => p.X) + Slack), 0, width);
        var top = Math.Clamp((int)Math.Floor(pixels.Min(p => p.Y) + Slack), 0, height);
        var right = Math.Clamp((int)Math.Ceiling(pixels.Max(p => p.X) - Slack), 0, width);
        var bottom = Math.Clamp((int)Math.Ceiling(pixels.Max(p => p.Y) - Slack), 0, height);
        return (left, top, right - left, bottom - top);
    }

    /// <summary>Whether a normalized point lies inside the polygon (even-odd rule), for rasterizing masks.</summary>
    public static bool Contains(IReadOnlyList<NormalizedPoint> polygon, NormalizedPoint point)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var (a, b) = (polygon[i], polygon[j]);
            if ((a.Y > point.Y) != (b.Y > point.Y)
                && point.X < ((b.X - a.X) * (point.Y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static OnvifMessageException Invalid(string reason) =>
        new(new OnvifFault(OnvifFaultCodes.Receiver, OnvifFaultCodes.InvalidArgVal, OnvifFaultCodes.InvalidPolygon), reason);
}
