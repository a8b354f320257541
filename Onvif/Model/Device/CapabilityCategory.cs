using System.Xml.Serialization;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:CapabilityCategory</c>: the parts asked for in GetCapabilities.</summary>
public enum CapabilityCategory
{
    All,

    Analytics,

    Device,

    Events,

    Imaging,

    Media,

    [XmlEnum("PTZ")]
    Ptz,
}
