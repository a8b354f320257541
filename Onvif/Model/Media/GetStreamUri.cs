using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetStreamUri</c>: the RTSP URI of a profile for one transport. Faults: ter:NoProfile, ter:InvalidStreamSetup, ter:StreamConflict, ter:IncompleteConfiguration.</summary>
public sealed record GetStreamUri(StreamSetup StreamSetup, string ProfileToken) : IOnvifMessage<GetStreamUri>
{
    public static XName ElementName { get; } = Trt + "GetStreamUri";

    public XElement ToXml() => new(ElementName,
        StreamSetup.ToXml(Trt + "StreamSetup"),
        Token(Trt + "ProfileToken", ProfileToken));

    public static GetStreamUri FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(StreamSetup.FromXml(element.Req(Trt + "StreamSetup")), element.ReqToken(Trt + "ProfileToken"));
    }
}
