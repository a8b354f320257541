using System.Globalization;

namespace Vms.Host.Cli;

/// <summary>Durations written as operators type them: <c>500ms</c>, <c>3s</c>, <c>2m</c>, <c>1h</c>, <c>30d</c>, or <c>hh:mm:ss</c>.</summary>
public static class DurationText
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        (string Suffix, double Factor)[] units = [("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) &&
                n >= 0 && n * factor < TimeSpan.MaxValue.TotalSeconds)
            {
                // "ms" must win over "s": it is listed first
                value = TimeSpan.FromSeconds(n * factor);
                return true;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value >= TimeSpan.Zero;
    }
}
