using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetConfigurationOptions</c>: options of a PTZ configuration; the element is tptz:ConfigurationToken. Fault: ter:NoConfig.</summary>
public sealed record GetConfigurationOptions(string ConfigurationToken) : IOnvifMessage<GetConfigurationOptions>
{
    public static XName ElementName { get; } = Tptz + "GetConfigurationOptions";

    public XElement ToXml() => new(ElementName,
        Token(Tptz + "ConfigurationToken", ConfigurationToken));

    public static GetConfigurationOptions FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReqToken(Tptz + "ConfigurationToken"));
    }
}
