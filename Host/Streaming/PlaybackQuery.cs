using System.Globalization;

namespace Vms.Host.Streaming;

/// <summary>The query of a playback path: <c>start=&lt;UTC ISO-8601&gt;</c> (required) and <c>end=</c> (optional).</summary>
public sealed record PlaybackQuery(DateTimeOffset Start, DateTimeOffset? End)
{
    private const int MaxQueryLength = 512;

    /// <summary>Reads the query; false with a message saying what is wrong.</summary>
    public static bool TryParse(string? query, out PlaybackQuery result, out string error)
    {
        result = null!;
        error = string.Empty;
        if (query is null || query.Length > MaxQueryLength)
        {
            error = "the playback query is missing or too long";
            return false;
        }

        DateTimeOffset? start = null, end = null;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            switch (name)
            {
                case "start" when TryInstant(value, out var s):
                    start = s;
                    break;
                case "end" when TryInstant(value, out var e):
                    end = e;
                    break;
                case "start" or "end":
                    error = $"{name}='{value}' is not a UTC ISO-8601 instant (e.g. 2026-07-01T10:00:00Z)";
                    return false;
            }
        }

        if (start is null)
        {
            error = "start=<UTC ISO-8601 instant> is required (e.g. ?start=2026-07-01T10:00:00Z)";
            return false;
        }

        if (end is { } stop && stop <= start)
        {
            error = $"end ({stop:O}) must be after start ({start:O})";
            return false;
        }

        result = new PlaybackQuery(start.Value, end);
        return true;
    }

    /// <summary>An ISO-8601 instant; without a zone designator it is taken as UTC.</summary>
    public static bool TryInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40 || !char.IsDigit(text[0]))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant))
        {
            return false;
        }

        return instant.Year is >= 1970 and <= 9998;
    }
}
