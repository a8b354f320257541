using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetMaskOptionsResponse</c></summary>
public sealed record GetMaskOptionsResponse(MaskOptions Options) : IOnvifMessage<GetMaskOptionsResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetMaskOptionsResponse";

    public XElement ToXml() => new(ElementName,
        Options.ToXml(Tr2 + "Options"));

    public static GetMaskOptionsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(MaskOptions.FromXml(element.Req(Tr2 + "Options")));
    }
}
