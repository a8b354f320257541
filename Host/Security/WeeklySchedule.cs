using System.Globalization;

namespace Vms.Host.Security;

/// <summary>
/// When a right applies, in the site's time zone: a set of weekly windows (e.g. municipal police
/// Mon–Fri 08:00–20:00; national police the complement). An empty schedule means always.
/// Text form: <c>mon-fri 08:00-20:00; sat,sun 00:00-00:00</c>.
/// </summary>
public sealed class WeeklySchedule
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public WeeklySchedule(IReadOnlyList<ScheduleWindow> windows) => Windows = windows;

    public static WeeklySchedule Always { get; } = new([]);

    public IReadOnlyList<ScheduleWindow> Windows { get; }

    public bool IsAlways => Windows.Count == 0;

    public bool IsActive(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsAlways)
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return Windows.Any(w => w.Contains(local));
    }

    /// <summary>
    /// The first instant after <paramref name="from"/> at which <see cref="IsActive"/> changes, searching at most
    /// <paramref name="horizon"/> ahead at minute resolution (windows are whole minutes); null if it never changes.
    /// </summary>
    public DateTimeOffset? NextChange(DateTimeOffset from, TimeZoneInfo zone, TimeSpan horizon)
    {
        if (IsAlways)
        {
            return null;
        }

        var state = IsActive(from, zone);
        var start = new DateTimeOffset(from.UtcDateTime.Ticks - (from.UtcDateTime.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var steps = (int)Math.Min(horizon.TotalMinutes, 60 * 24 * 15);
        for (var i = 1; i <= steps; i++)
        {
            var t = start.AddMinutes(i);
            if (IsActive(t, zone) != state)
            {
                return t;
            }
        }

        return null;
    }

    public override string ToString() =>
        IsAlways ? "always" : string.Join("; ", Windows.Select(w =>
            $"{string.Join(',', w.Days.OrderBy(d => ((int)d + 6) % 7).Select(d => DayNames[(int)d]))} {w.Start:HH\\:mm}-{w.End:HH\\:mm}"));

    /// <summary>Parses the text form; <c>always</c> or empty gives <see cref="Always"/>.</summary>
    public static bool TryParse(string? text, out WeeklySchedule schedule, out string? error)
    {
        schedule = Always;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("always", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var windows = new List<ScheduleWindow>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
            {
                error = $"'{part}' is not 'days hh:mm-hh:mm'";
                return false;
            }

            if (!TryParseDays(fields[0], out var days, out error) || !TryParseTimes(fields[1], out var start, out var end, out error))
            {
                return false;
            }

            windows.Add(new ScheduleWindow(days, start, end));
        }

        schedule = new WeeklySchedule(windows);
        return true;
    }

    private static bool TryParseDays(string text, out HashSet<DayOfWeek> days, out string? error)
    {
        days = [];
        error = null;
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = item.Split('-');
            var first = Array.IndexOf(DayNames, range[0].ToLowerInvariant());
            var last = range.Length == 2 ? Array.IndexOf(DayNames, range[1].ToLowerInvariant()) : first;
            if (range.Length > 2 || first < 0 || last < 0)
            {
                error = $"'{item}' is not a day or day range (mon, tue, ..., mon-fri)";
                return false;
            }

            for (var d = first; ; d = (d + 1) % 7)
            {
                days.Add((DayOfWeek)d);
                if (d == last)
                {
                    break;
                }
            }
        }

        return true;
    }

    private static bool TryParseTimes(string text, out TimeOnly start, out TimeOnly end, out string? error)
    {
        start = end = default;
        error = null;
        var times = text.Split('-');
        if (times.Length != 2 ||
            !TimeOnly.TryParseExact(times[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out start) ||
            !TimeOnly.TryParseExact(times[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
        {
            error = $"'{text}' is not a time range hh:mm-hh:mm";
            return false;
        }

        return true;
    }
}
