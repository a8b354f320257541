namespace Vms.Host.Security;

/// <summary>
/// One weekly window in the site's local time: on each of <paramref name="Days"/>, from
/// <paramref name="Start"/> to <paramref name="End"/>. An end at or before the start runs past midnight into
/// the next day (20:00–08:00 belongs to the day it starts on).
/// </summary>
public sealed record ScheduleWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End)
{
    public bool CrossesMidnight => End <= Start;

    /// <summary>True when the local time <paramref name="local"/> falls inside this window.</summary>
    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (!CrossesMidnight)
        {
            return Days.Contains(local.DayOfWeek) && time >= Start && time < End;
        }

        // the evening part belongs to today, the morning part to the day before
        return (Days.Contains(local.DayOfWeek) && time >= Start) ||
               (Days.Contains(local.AddDays(-1).DayOfWeek) && time < End);
    }
}
