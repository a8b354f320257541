using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetMasks</c>: masks by token (tr2:Token, the prose says MaskToken) and/or configuration; none = all. Fault: ter:NoConfig.</summary>
public sealed record GetMasks(string? Token = null, string? ConfigurationToken = null) : IOnvifMessage<GetMasks>
{
    public static XName ElementName { get; } = Tr2 + "GetMasks";

    public XElement ToXml() => new(ElementName,
        OptToken(Tr2 + "Token", Token),
        OptToken(Tr2 + "ConfigurationToken", ConfigurationToken));

    public static GetMasks FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.OptToken(Tr2 + "Token"), element.OptToken(Tr2 + "ConfigurationToken"));
    }
}
