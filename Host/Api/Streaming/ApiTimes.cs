using Vms.Host.Streaming;

namespace Vms.Host.Api.Streaming;

/// <summary>Reads the time range of a query (<c>from</c>, <c>to</c>: UTC ISO-8601) with a clear error.</summary>
internal static class ApiTimes
{
    /// <summary>Longest range one request may ask about.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);

    public static bool TryRange(string? from, string? to, out DateTimeOffset start, out DateTimeOffset end, out string error)
    {
        start = end = default;
        error = string.Empty;
        if (!PlaybackQuery.TryInstant(from, out start))
        {
            error = $"from='{from}' is not a UTC ISO-8601 instant (e.g. 2026-07-01T10:00:00Z)";
            return false;
        }

        if (!PlaybackQuery.TryInstant(to, out end))
        {
            error = $"to='{to}' is not a UTC ISO-8601 instant (e.g. 2026-07-01T11:00:00Z)";
            return false;
        }

        if (end <= start)
        {
            error = $"to ({end:O}) must be after from ({start:O})";
            return false;
        }

        if (end - start > MaxRange)
        {
            error = $"the range is at most {MaxRange.TotalDays:0} days";
            return false;
        }

        return true;
    }
}
