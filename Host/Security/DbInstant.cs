using System.Globalization;

namespace Vms.Host.Security;

/// <summary>Instants as stored in the service database: UTC ISO-8601 text with 7 decimals (text order is time order).</summary>
internal static class DbInstant
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

    public static string Write(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? WriteNullable(DateTimeOffset? instant) => instant is { } i ? Write(i) : null;

    public static DateTimeOffset Read(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    public static DateTimeOffset? ReadNullable(string? text) => text is null ? null : Read(text);
}
