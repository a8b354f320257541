using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:DateTime</c> (Time then Date, each part an xs:int) to and from <see cref="DateTime"/>.</summary>
internal static class OnvifDateTime
{
    internal static XElement ToXml(XName name, DateTime value) => new(name,
        new XElement(Tt + "Time", Elem(Tt + "Hour", value.Hour), Elem(Tt + "Minute", value.Minute), Elem(Tt + "Second", value.Second)),
        new XElement(Tt + "Date", Elem(Tt + "Year", value.Year), Elem(Tt + "Month", value.Month), Elem(Tt + "Day", value.Day)));

    /// <summary>Reads the parts; an impossible date or time is <c>ter:InvalidDateTime</c>.</summary>
    internal static DateTime FromXml(XElement element, DateTimeKind kind)
    {
        var time = element.Req(Tt + "Time");
        var date = element.Req(Tt + "Date");
        int year = date.ReqInt(Tt + "Year"), month = date.ReqInt(Tt + "Month"), day = date.ReqInt(Tt + "Day");
        int hour = time.ReqInt(Tt + "Hour"), minute = time.ReqInt(Tt + "Minute"), second = time.ReqInt(Tt + "Second");
        var valid = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), Math.Clamp(month, 1, 12))
            && hour is >= 0 and <= 23 && minute is >= 0 and <= 59 && second is >= 0 and <= 60;
        if (!valid)
        {
            throw OnvifMessageException.InvalidValue(element.Name.LocalName, "a valid date and time", $"{year}-{month}-{day} {hour}:{minute}:{second}", OnvifFaultCodes.InvalidDateTime);
        }

        // A leap second (60) is folded into the next minute's first second.
        return new DateTime(year, month, day, hour, minute, Math.Min(second, 59), kind).AddSeconds(second == 60 ? 1 : 0);
    }
}
