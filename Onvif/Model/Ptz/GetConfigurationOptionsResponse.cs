using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Ptz;

/// <summary><c>tptz:GetConfigurationOptionsResponse</c></summary>
public sealed record GetConfigurationOptionsResponse(PtzConfigurationOptions Options) : IOnvifMessage<GetConfigurationOptionsResponse>
{
    public static XName ElementName { get; } = Tptz + "GetConfigurationOptionsResponse";

    public XElement ToXml() => new(ElementName,
        Options.ToXml(Tptz + "PTZConfigurationOptions"));

    public static GetConfigurationOptionsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(PtzConfigurationOptions.FromXml(element.Req(Tptz + "PTZConfigurationOptions")));
    }
}
