using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:DeleteMask</c>: Fault: ter:NoConfig.</summary>
public sealed record DeleteMask(string Token) : IOnvifMessage<DeleteMask>
{
    public static XName ElementName { get; } = Tr2 + "DeleteMask";

    public XElement ToXml() => new(ElementName,
        XmlWriting.Token(Tr2 + "Token", Token));

    public static DeleteMask FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tr2 + "Token"));
    }
}
