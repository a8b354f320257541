using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:StreamSetup</c>: unicast or multicast, and the transport (GetStreamUri, GetReplayUri).</summary>
public sealed record StreamSetup(StreamType Stream, TransportProtocol Protocol)
{
    internal XElement ToXml(XName name) => new(name,
        EnumElem(Tt + "Stream", Stream),
        new XElement(Tt + "Transport", EnumElem(Tt + "Protocol", Protocol)));

    internal static StreamSetup FromXml(XElement element) => new(
        element.ReqEnum<StreamType>(Tt + "Stream"),
        element.Req(Tt + "Transport").ReqEnum<TransportProtocol>(Tt + "Protocol"));
}
