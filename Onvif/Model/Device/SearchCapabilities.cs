using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:SearchCapabilities</c> (GetCapabilities extension): the search service address.</summary>
public sealed record SearchCapabilities(string XAddr, bool MetadataSearch)
{
    internal XElement ToXml(XName name) => new(name, Elem(Tt + "XAddr", XAddr), Elem(Tt + "MetadataSearch", MetadataSearch));

    internal static SearchCapabilities FromXml(XElement element) =>
        new(element.ReqString(Tt + "XAddr"), element.OptBool(Tt + "MetadataSearch") ?? false);
}
