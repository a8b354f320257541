using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Vms.Rtsp.Headers;

/// <summary>
/// The Range header (RFC 2326 §12.29, §3.6–3.7): <c>npt=now-</c>, <c>npt=12.5-30</c>, <c>npt=00:01:02.5-</c>,
/// <c>clock=20260701T100000.250Z-[end]</c> (ONVIF replay; end may precede start for reverse play),
/// <c>smpte=10:12:33:20-</c>. Parameters after ';' (e.g. <c>time=</c>) are ignored.
/// </summary>
public sealed record RangeHeader
{
    private RangeHeader(RangeUnit unit)
    {
        Unit = unit;
    }

    public RangeUnit Unit { get; }

    /// <summary>npt: the start is <c>now</c> (live).</summary>
    public bool IsNow { get; private init; }

    /// <summary>npt: the start (null for <c>now</c> or an open start <c>npt=-30</c>).</summary>
    public TimeSpan? Start { get; private init; }

    /// <summary>npt: the end, null when open.</summary>
    public TimeSpan? End { get; private init; }

    /// <summary>clock: the start (UTC).</summary>
    public DateTimeOffset? ClockStart { get; private init; }

    /// <summary>clock: the end (UTC), null when open.</summary>
    public DateTimeOffset? ClockEnd { get; private init; }

    /// <summary>smpte: the unit name (<c>smpte</c>, <c>smpte-30-drop</c>, <c>smpte-25</c>).</summary>
    public string? SmpteType { get; private init; }

    public string? SmpteStart { get; private init; }

    public string? SmpteEnd { get; private init; }

    /// <summary><c>npt=now-</c>: live, from the current position.</summary>
    public static RangeHeader NptNow() => new(RangeUnit.Npt) { IsNow = true };

    /// <summary><c>npt=start-[end]</c>; at least one bound is required.</summary>
    public static RangeHeader Npt(TimeSpan? start, TimeSpan? end = null)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException("An npt range needs a start or an end.");
        }

        if (start < TimeSpan.Zero || end < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(start), "npt times are not negative.");
        }

        return new(RangeUnit.Npt) { Start = start, End = end };
    }

    /// <summary><c>clock=start-[end]</c> in UTC.</summary>
    public static RangeHeader Clock(DateTimeOffset start, DateTimeOffset? end = null) =>
        new(RangeUnit.Clock) { ClockStart = start.ToUniversalTime(), ClockEnd = end?.ToUniversalTime() };

    /// <summary>An SMPTE range, validated (<c>hh:mm:ss[:frames[.subframes]]</c>).</summary>
    public static RangeHeader Smpte(string type, string start, string? end = null)
    {
        if (!IsSmpteType(type) || !RangeTime.IsSmpteTime(start) || (end is not null && !RangeTime.IsSmpteTime(end)))
        {
            throw new ArgumentException("Invalid SMPTE range.");
        }

        return new(RangeUnit.Smpte) { SmpteType = type.ToLowerInvariant(), SmpteStart = start, SmpteEnd = end };
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out RangeHeader? header)
    {
        header = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 256)
        {
            return false;
        }

        var semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var range = (semicolon < 0 ? text : text[..semicolon]).Trim();
        var eq = range.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            return false;
        }

        var unit = range[..eq].Trim().ToLowerInvariant();
        var value = range[(eq + 1)..].Trim();
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return false;
        }

        var first = value[..dash].Trim();
        var second = value[(dash + 1)..].Trim();
        header = unit switch
        {
            "npt" => ParseNpt(first, second),
            "clock" => ParseClock(first, second),
            _ when IsSmpteType(unit) && RangeTime.IsSmpteTime(first) && (second.Length == 0 || RangeTime.IsSmpteTime(second)) =>
                new RangeHeader(RangeUnit.Smpte) { SmpteType = unit, SmpteStart = first, SmpteEnd = second.Length == 0 ? null : second },
            _ => null,
        };
        return header is not null;
    }

    public string Format()
    {
        var sb = new StringBuilder();
        switch (Unit)
        {
            case RangeUnit.Npt:
                sb.Append("npt=");
                if (IsNow)
                {
                    sb.Append("now");
                }
                else if (Start is { } start)
                {
                    sb.Append(RangeTime.FormatNpt(start));
                }

                sb.Append('-');
                if (End is { } end)
                {
                    sb.Append(RangeTime.FormatNpt(end));
                }

                break;
            case RangeUnit.Clock:
                sb.Append("clock=").Append(RangeTime.FormatClock(ClockStart!.Value)).Append('-');
                if (ClockEnd is { } clockEnd)
                {
                    sb.Append(RangeTime.FormatClock(clockEnd));
                }

                break;
            default:
                sb.Append(SmpteType).Append('=').Append(SmpteStart).Append('-').Append(SmpteEnd);
                break;
        }

        return sb.ToString();
    }

    public override string ToString() => Format();

    private static RangeHeader? ParseNpt(string first, string second)
    {
        TimeSpan? end = null;
        if (second.Length > 0)
        {
            if (!RangeTime.TryParseNpt(second, out var e))
            {
                return null;
            }

            end = e;
        }

        if (string.Equals(first, "now", StringComparison.OrdinalIgnoreCase))
        {
            return new RangeHeader(RangeUnit.Npt) { IsNow = true, End = end };
        }

        if (first.Length == 0)
        {
            return end is null ? null : new RangeHeader(RangeUnit.Npt) { End = end };
        }

        return RangeTime.TryParseNpt(first, out var start) ? new RangeHeader(RangeUnit.Npt) { Start = start, End = end } : null;
    }

    private static RangeHeader? ParseClock(string first, string second)
    {
        if (!RangeTime.TryParseClock(first, out var start))
        {
            return null;
        }

        DateTimeOffset? end = null;
        if (second.Length > 0)
        {
            if (!RangeTime.TryParseClock(second, out var e))
            {
                return null;
            }

            end = e;
        }

        return new RangeHeader(RangeUnit.Clock) { ClockStart = start, ClockEnd = end };
    }

    private static bool IsSmpteType(string unit) =>
        unit.ToLowerInvariant() is "smpte" or "smpte-30-drop" or "smpte-25";
}
