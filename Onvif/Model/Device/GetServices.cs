using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:GetServices</c>: lists the services, with their capabilities when IncludeCapability is true.</summary>
public sealed record GetServices(bool IncludeCapability) : IOnvifMessage<GetServices>
{
    public static XName ElementName { get; } = Tds + "GetServices";

    public XElement ToXml() => new(ElementName,
        Elem(Tds + "IncludeCapability", IncludeCapability));

    public static GetServices FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.OptBool(Tds + "IncludeCapability") ?? false);
    }
}
