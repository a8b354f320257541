using System.Globalization;
using System.Xml.Linq;

namespace Vms.Onvif.Client;

/// <summary>The minimal <c>tds:GetSystemDateAndTime</c> exchange the client needs to learn a device's clock.</summary>
internal static class DeviceClock
{
    private static readonly XNamespace Tds = OnvifNamespaces.Device;
    private static readonly XNamespace Tt = OnvifNamespaces.Schema;

    public const string Action = "http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime";

    public static XElement Request() => new(Tds + "GetSystemDateAndTime");

    /// <summary>The device's UTC time from the response; falls back to LocalDateTime (taken as UTC) for devices that
    /// omit UTCDateTime although Core requires it. Null when neither is readable.</summary>
    public static DateTimeOffset? Parse(XElement response)
    {
        var sdt = response.Element(Tds + "SystemDateAndTime");
        if (sdt is null)
        {
            return null;
        }

        return Read(sdt.Element(Tt + "UTCDateTime")) ?? Read(sdt.Element(Tt + "LocalDateTime"));
    }

    private static DateTimeOffset? Read(XElement? dateTime)
    {
        var date = dateTime?.Element(Tt + "Date");
        var time = dateTime?.Element(Tt + "Time");
        if (date is null || time is null)
        {
            return null;
        }

        int? Int(XElement parent, string name) =>
            int.TryParse(parent.Element(Tt + name)?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

        if (Int(date, "Year") is not { } y || Int(date, "Month") is not { } mo || Int(date, "Day") is not { } d ||
            Int(time, "Hour") is not { } h || Int(time, "Minute") is not { } mi || Int(time, "Second") is not { } s)
        {
            return null;
        }

        try
        {
            // some devices report second 60 during leap seconds or hour 24 at midnight: normalise by addition
            return new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero).AddHours(h).AddMinutes(mi).AddSeconds(s);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
