using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetStreamUri</c>: the stream URI of a profile for one protocol. Unknown protocols read as ter:InvalidStreamSetup. Faults: ter:NoProfile, ter:InvalidStreamSetup, ter:StreamConflict.</summary>
public sealed record GetStreamUri(StreamProtocol Protocol, string ProfileToken) : IOnvifMessage<GetStreamUri>
{
    public static XName ElementName { get; } = Tr2 + "GetStreamUri";

    public XElement ToXml() => new(ElementName,
        EnumElem(Tr2 + "Protocol", Protocol),
        Token(Tr2 + "ProfileToken", ProfileToken));

    public static GetStreamUri FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.Req(Tr2 + "Protocol").AsEnum<StreamProtocol>(OnvifFaultCodes.InvalidStreamSetup), element.ReqToken(Tr2 + "ProfileToken"));
    }
}
