using System.Xml.Serialization;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:VideoEncoding</c> (Media 1). There is no H.265 here: H.265 needs Media2.</summary>
public enum VideoEncoding
{
    [XmlEnum("JPEG")]
    Jpeg,

    [XmlEnum("MPEG4")]
    Mpeg4,

    [XmlEnum("H264")]
    H264,
}
