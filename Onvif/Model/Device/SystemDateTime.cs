using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:SystemDateTime</c>: the device clock as GetSystemDateAndTime reports it.</summary>
public sealed record SystemDateTime
{
    public SetDateTimeType DateTimeType { get; init; }

    public bool DaylightSavings { get; init; }

    /// <summary>POSIX 1003.1 time zone (<c>CET-1CEST,M3.5.0,M10.5.0/3</c>), or null when not reported.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Device UTC time (seconds precision). Optional in the schema, required by Core.</summary>
    public DateTimeOffset? UtcDateTime { get; init; }

    /// <summary>Device local wall-clock time (no offset known).</summary>
    public DateTime? LocalDateTime { get; init; }

    internal XElement ToXml(XName name) => new(name,
        EnumElem(Tt + "DateTimeType", DateTimeType),
        Elem(Tt + "DaylightSavings", DaylightSavings),
        TimeZone is null ? null : new XElement(Tt + "TimeZone", Elem(Tt + "TZ", TimeZone)),
        UtcDateTime is { } utc ? OnvifDateTime.ToXml(Tt + "UTCDateTime", utc.UtcDateTime) : null,
        LocalDateTime is { } local ? OnvifDateTime.ToXml(Tt + "LocalDateTime", local) : null);

    internal static SystemDateTime FromXml(XElement element) => new()
    {
        DateTimeType = element.ReqEnum<SetDateTimeType>(Tt + "DateTimeType"),
        DaylightSavings = element.OptBool(Tt + "DaylightSavings") ?? false,
        TimeZone = element.Opt(Tt + "TimeZone")?.OptString(Tt + "TZ"),
        UtcDateTime = element.Opt(Tt + "UTCDateTime") is { } utc
            ? new DateTimeOffset(OnvifDateTime.FromXml(utc, DateTimeKind.Utc))
            : null,
        LocalDateTime = element.Opt(Tt + "LocalDateTime") is { } local
            ? OnvifDateTime.FromXml(local, DateTimeKind.Unspecified)
            : null,
    };
}
