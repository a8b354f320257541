using Vms.Onvif.Model.Common;

namespace Vms.Onvif.Model.Events;

/// <summary><c>wsnt:AbsoluteOrRelativeTimeType</c>: an xs:dateTime or an xs:duration from now (InitialTerminationTime,
/// Renew). Exactly one of <see cref="Absolute"/> and <see cref="Relative"/> is set.</summary>
public sealed record AbsoluteOrRelativeTime
{
    private AbsoluteOrRelativeTime(DateTimeOffset? absolute, TimeSpan? relative) => (Absolute, Relative) = (absolute, relative);

    public DateTimeOffset? Absolute { get; }

    public TimeSpan? Relative { get; }

    public static AbsoluteOrRelativeTime At(DateTimeOffset time) => new(time, null);

    public static AbsoluteOrRelativeTime After(TimeSpan duration) => new(null, duration);

    /// <summary>The point in time this designates, relative times counted from <paramref name="now"/>.</summary>
    public DateTimeOffset Resolve(DateTimeOffset now) => Absolute ?? now + Relative!.Value;

    public override string ToString() => Absolute is { } at ? XsDateTime.Format(at) : XsDuration.Format(Relative!.Value);

    internal static AbsoluteOrRelativeTime Parse(string text, string where)
    {
        var trimmed = text.TrimStart('-');
        return trimmed.StartsWith('P')
            ? After(XmlText.ParseDuration(text, where))
            : At(XmlText.ParseDateTime(text, where));
    }
}
