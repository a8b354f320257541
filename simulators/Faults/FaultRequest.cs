using System.Globalization;

namespace Vms.Simulators.Faults;

/// <summary>
/// One fault to inject and its parameters. <see cref="Duration"/> null means "until cleared" (reboot defaults
/// to 10 s; <c>rtsp-drop</c> is instantaneous). Validated by <see cref="Validate"/>.
/// </summary>
public sealed record FaultRequest(FaultKind Kind)
{
    public static readonly TimeSpan DefaultRebootDuration = TimeSpan.FromSeconds(10);

    /// <summary>How long the fault lasts; null: until cleared (reboot: <see cref="DefaultRebootDuration"/>).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>packet-loss: share of UDP RTP packets dropped, 0 &lt; percent ≤ 100.</summary>
    public double? Percent { get; init; }

    /// <summary>packet-loss: seed of the drop pattern (null: the camera's current generator continues).</summary>
    public int? Seed { get; init; }

    /// <summary>clock-skew: device clock minus true time.</summary>
    public TimeSpan? Offset { get; init; }

    /// <summary>slow-soap: delay before each SOAP answer.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>Throws <see cref="FormatException"/> with a one-line reason when a parameter is missing or out of range.</summary>
    public void Validate()
    {
        if (Duration is { } d && d <= TimeSpan.Zero)
        {
            throw new FormatException($"{Kind.ToName()}: duration must be positive");
        }

        switch (Kind)
        {
            case FaultKind.PacketLoss when Percent is not { } p || double.IsNaN(p) || p <= 0 || p > 100:
                throw new FormatException("packet-loss needs percent in (0, 100]");
            case not FaultKind.PacketLoss when Seed is not null:
                throw new FormatException($"{Kind.ToName()}: seed goes with packet-loss only");
            case FaultKind.ClockSkew when Offset is null:
                throw new FormatException("clock-skew needs offset (e.g. +90s, -2h)");
            case FaultKind.SlowSoap when Delay is not { } delay || delay <= TimeSpan.Zero || delay > TimeSpan.FromMinutes(5):
                throw new FormatException("slow-soap needs delay in (0, 5m]");
            default:
                break;
        }
    }

    /// <summary>
    /// Reads the parameters by name (<c>duration</c>, <c>percent</c>, <c>offset</c>, <c>delay</c>) from a lookup
    /// such as a query string; unknown names are rejected by the caller. Throws <see cref="FormatException"/>.
    /// </summary>
    public static FaultRequest FromParameters(FaultKind kind, Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var request = new FaultRequest(kind)
        {
            Duration = Span(parameter("duration"), "duration", allowSign: false),
            Percent = Number(parameter("percent")),
            Offset = Span(parameter("offset"), "offset", allowSign: true),
            Delay = Span(parameter("delay"), "delay", allowSign: false),
            Seed = Integer(parameter("seed")),
        };
        request.Validate();
        return request;
    }

    private static TimeSpan? Span(string? text, string name, bool allowSign)
    {
        if (text is null)
        {
            return null;
        }

        return DurationText.TryParse(text, allowSign, out var value)
            ? value
            : throw new FormatException($"{name} '{Clip(text)}' is not a duration (e.g. 500ms, 30s, 5m, 2h{(allowSign ? ", -90s" : string.Empty)})");
    }

    private static double? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"percent '{Clip(text)}' is not a number");
    }

    private static int? Integer(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"seed '{Clip(text)}' is not an integer");
    }

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
