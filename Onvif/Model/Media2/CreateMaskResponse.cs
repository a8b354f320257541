using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:CreateMaskResponse</c>: the new mask token.</summary>
public sealed record CreateMaskResponse(string Token) : IOnvifMessage<CreateMaskResponse>
{
    public static XName ElementName { get; } = Tr2 + "CreateMaskResponse";

    public XElement ToXml() => new(ElementName,
        XmlWriting.Token(Tr2 + "Token", Token));

    public static CreateMaskResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tr2 + "Token"));
    }
}
