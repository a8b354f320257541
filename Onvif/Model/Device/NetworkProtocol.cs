using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:NetworkProtocol</c>: HTTP, HTTPS or RTSP, whether enabled, and its ports.</summary>
public sealed record NetworkProtocol(NetworkProtocolType Name, bool Enabled, IReadOnlyList<int> Ports)
{
    internal XElement ToXml(XName name) => new(name,
        EnumElem(Tt + "Name", Name),
        Elem(Tt + "Enabled", Enabled),
        Ports.Select(p => Elem(Tt + "Port", p)));

    internal static NetworkProtocol FromXml(XElement element) => new(
        element.ReqEnum<NetworkProtocolType>(Tt + "Name"),
        element.ReqBool(Tt + "Enabled"),
        element.ReadAll(Tt + "Port", e => e.AsInt()));
}
