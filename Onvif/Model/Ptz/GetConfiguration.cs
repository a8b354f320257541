using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetConfiguration</c>: one PTZ configuration; the element is tptz:PTZConfigurationToken (not ConfigurationToken). Fault: ter:NoConfig.</summary>
public sealed record GetConfiguration(string PtzConfigurationToken) : IOnvifMessage<GetConfiguration>
{
    public static XName ElementName { get; } = Tptz + "GetConfiguration";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "PTZConfigurationToken", PtzConfigurationToken));

    public static GetConfiguration FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new((element.Opt(Tptz + "PTZConfigurationToken") ?? element.Req(Tptz + "ConfigurationToken")).AsToken());
    }
}
