using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:MediaCapabilities</c> (GetCapabilities): the Media 1 address and streaming flags.</summary>
public sealed record MediaCapabilities(string XAddr, RealTimeStreamingCapabilities StreamingCapabilities)
{
    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "XAddr", XAddr),
        StreamingCapabilities.ToXml(Tt + "StreamingCapabilities"));

    internal static MediaCapabilities FromXml(XElement element) => new(
        element.ReqString(Tt + "XAddr"),
        element.Opt(Tt + "StreamingCapabilities") is { } streaming
            ? RealTimeStreamingCapabilities.FromXml(streaming)
            : new RealTimeStreamingCapabilities(null, null, null));
}
