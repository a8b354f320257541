using System.Globalization;

namespace Vms.Host.Cameras.Registry;

/// <summary>A desired privacy mask: a polygon in normalized coordinates, filled with <see cref="Color"/> (<c>#rrggbb</c>).</summary>
public sealed record CameraMask(IReadOnlyList<MaskPoint> Points, string Color = "#000000", bool Enabled = true)
{
    public const int MinPoints = 3;
    public const int MaxPoints = 16;
    public const int MaxMasks = 8;

    /// <summary>The first problem with a set of masks (index named), or null when every mask is acceptable.</summary>
    public static string? Validate(IReadOnlyList<CameraMask>? masks)
    {
        if (masks is null)
        {
            return "masks are required (an empty list removes them all)";
        }

        if (masks.Count > MaxMasks)
        {
            return $"at most {MaxMasks} masks, got {masks.Count}";
        }

        for (var m = 0; m < masks.Count; m++)
        {
            if (masks[m]?.Validate() is { } problem)
            {
                return $"mask {m}: {problem}";
            }

            if (masks[m] is null)
            {
                return $"mask {m}: missing";
            }
        }

        return null;
    }

    /// <summary>The first problem with this mask, or null.</summary>
    public string? Validate()
    {
        if (Points is null || Points.Count < MinPoints)
        {
            return $"a polygon needs at least {MinPoints} points, got {Points?.Count ?? 0}";
        }

        if (Points.Count > MaxPoints)
        {
            return $"a polygon has at most {MaxPoints} points, got {Points.Count}";
        }

        for (var i = 0; i < Points.Count; i++)
        {
            var (x, y) = (Points[i].X, Points[i].Y);
            if (!double.IsFinite(x) || !double.IsFinite(y) || x is < -1 or > 1 || y is < -1 or > 1)
            {
                return $"point {i} ({x.ToString(CultureInfo.InvariantCulture)}, {y.ToString(CultureInfo.InvariantCulture)}) is outside -1..1";
            }
        }

        return TryParseColor(Color, out _) ? null : $"color '{Color}' is not #rrggbb";
    }

    /// <summary>Reads <c>#rrggbb</c>.</summary>
    public static bool TryParseColor(string? text, out (byte R, byte G, byte B) rgb)
    {
        rgb = default;
        if (text is not { Length: 7 } || text[0] != '#'
            || !int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        rgb = ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }
}
