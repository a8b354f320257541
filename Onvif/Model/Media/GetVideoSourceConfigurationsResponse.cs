using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoSourceConfigurationsResponse</c></summary>
public sealed record GetVideoSourceConfigurationsResponse(IReadOnlyList<VideoSourceConfiguration> Configurations) : IOnvifMessage<GetVideoSourceConfigurationsResponse>
{
    public static XName ElementName { get; } = Trt + "GetVideoSourceConfigurationsResponse";

    public XElement ToXml() => new(ElementName,
        Configurations.Select(c => c.ToXml(Trt + "Configurations")));

    public static GetVideoSourceConfigurationsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Trt + "Configurations", VideoSourceConfiguration.FromXml));
    }
}
