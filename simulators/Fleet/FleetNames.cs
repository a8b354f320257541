namespace Vms.Simulators.Fleet;

/// <summary>Camera names in a fleet: they name a data folder and a URL path segment, so a safe alphabet only.</summary>
public static class FleetNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name != "." && name != ".."
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary><c>cam-01</c>..: zero-padded to the width of the count (at least two digits).</summary>
    public static string Default(int index, int count)
    {
        var width = Math.Max(2, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return "cam-" + (index + 1).ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture);
    }
}
