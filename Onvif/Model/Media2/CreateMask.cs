using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:CreateMask</c>: Faults: env:Receiver/ter:Action/ter:MaxMasks, ter:NoConfig, env:Receiver/ter:InvalidArgVal/ter:InvalidPolygon.</summary>
public sealed record CreateMask(Mask Mask) : IOnvifMessage<CreateMask>
{
    public static XName ElementName { get; } = Tr2 + "CreateMask";

    public XElement ToXml() => new(ElementName,
        Mask.ToXml(Tr2 + "Mask"));

    public static CreateMask FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(Mask.FromXml(element.Req(Tr2 + "Mask")));
    }
}
