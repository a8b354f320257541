using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetCapabilities</c>: legacy capability query (no category = All). Unknown category: env:Receiver/ter:ActionNotSupported/ter:NoSuchService.</summary>
public sealed record GetCapabilities(IReadOnlyList<CapabilityCategory> Categories) : IOnvifMessage<GetCapabilities>
{
    public static XName ElementName { get; } = Tds + "GetCapabilities";

    public XElement ToXml() => new(ElementName,
        Categories.Select(c => EnumElem(Tds + "Category", c)));

    public static GetCapabilities FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tds + "Category", e => e.AsEnum<CapabilityCategory>()));
    }
}
