using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetMasksResponse</c>: repeated tr2:Masks (the prose says Mask).</summary>
public sealed record GetMasksResponse(IReadOnlyList<Mask> Masks) : IOnvifMessage<GetMasksResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetMasksResponse";

    public XElement ToXml() => new(ElementName,
        Masks.Select(m => m.ToXml(Tr2 + "Masks")));

    public static GetMasksResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tr2 + "Masks", Mask.FromXml));
    }
}
