using System.Xml.Serialization;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:SetDateTimeType</c>: how the device keeps its clock.</summary>
public enum SetDateTimeType
{
    Manual,

    [XmlEnum("NTP")]
    Ntp,
}
