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

    /// <summary>Unknown stream or transport values are <c>ter:InvalidStreamSetup</c>.</summary>
    internal static StreamSetup FromXml(XElement element) => new(
        element.Req(Tt + "Stream").AsEnum<StreamType>(OnvifFaultCodes.InvalidStreamSetup),
        element.Req(Tt + "Transport").Req(Tt + "Protocol").AsEnum<TransportProtocol>(OnvifFaultCodes.InvalidStreamSetup));
}
