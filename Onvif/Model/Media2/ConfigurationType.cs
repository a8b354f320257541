using System.Xml.Serialization;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:ConfigurationEnumeration</c>: which configurations GetProfiles returns (none asked = none returned).</summary>
public enum ConfigurationType
{
    All,

    VideoSource,

    VideoEncoder,

    AudioSource,

    AudioEncoder,

    AudioOutput,

    AudioDecoder,

    Metadata,

    Analytics,

    [XmlEnum("PTZ")]
    Ptz,

    Receiver,
}
