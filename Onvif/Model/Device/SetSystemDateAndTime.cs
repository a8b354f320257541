using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SetSystemDateAndTime</c>: sets the clock mode, time zone and (in Manual mode) the UTC time. Faults: ter:InvalidTimeZone, ter:InvalidDateTime, ter:NtpServerUndefined.</summary>
public sealed record SetSystemDateAndTime(SetDateTimeType DateTimeType, bool DaylightSavings, string? TimeZone, DateTimeOffset? UtcDateTime) : IOnvifMessage<SetSystemDateAndTime>
{
    public static XName ElementName { get; } = Tds + "SetSystemDateAndTime";

    public XElement ToXml() => new(ElementName,
        EnumElem(Tds + "DateTimeType", DateTimeType),
        Elem(Tds + "DaylightSavings", DaylightSavings),
        TimeZone is null ? null : new XElement(Tds + "TimeZone", Elem(Tt + "TZ", TimeZone)),
        UtcDateTime is { } utc ? OnvifDateTime.ToXml(Tds + "UTCDateTime", utc.UtcDateTime) : null);

    public static SetSystemDateAndTime FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(
            element.ReqEnum<SetDateTimeType>(Tds + "DateTimeType"),
            element.OptBool(Tds + "DaylightSavings") ?? false,
            element.Opt(Tds + "TimeZone")?.OptString(Tt + "TZ"),
            element.Opt(Tds + "UTCDateTime") is { } utc ? new DateTimeOffset(OnvifDateTime.FromXml(utc, DateTimeKind.Utc)) : null);
    }
}
