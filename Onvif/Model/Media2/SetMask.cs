using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:SetMask</c>: replaces a mask (the device may adapt polygon and color). Faults: ter:NoConfig, ter:ConfigModify, ter:InvalidPolygon.</summary>
public sealed record SetMask(Mask Mask) : IOnvifMessage<SetMask>
{
    public static XName ElementName { get; } = Tr2 + "SetMask";

    public XElement ToXml() => new(ElementName,
        Mask.ToXml(Tr2 + "Mask"));

    public static SetMask FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(Mask.FromXml(element.Req(Tr2 + "Mask")));
    }
}
