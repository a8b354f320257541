using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetMaskOptions</c>: mask limits of a video source configuration. Fault: ter:NoConfig.</summary>
public sealed record GetMaskOptions(string ConfigurationToken) : IOnvifMessage<GetMaskOptions>
{
    public static XName ElementName { get; } = Tr2 + "GetMaskOptions";

    public XElement ToXml() => new(ElementName,
        Token(Tr2 + "ConfigurationToken", ConfigurationToken));

    public static GetMaskOptions FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tr2 + "ConfigurationToken"));
    }
}
