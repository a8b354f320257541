using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoEncoderConfigurationsResponse</c></summary>
public sealed record GetVideoEncoderConfigurationsResponse(IReadOnlyList<VideoEncoderConfiguration> Configurations) : IOnvifMessage<GetVideoEncoderConfigurationsResponse>
{
    public static XName ElementName { get; } = Trt + "GetVideoEncoderConfigurationsResponse";

    public XElement ToXml() => new(ElementName,
        Configurations.Select(c => c.ToXml(Trt + "Configurations")));

    public static GetVideoEncoderConfigurationsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Trt + "Configurations", VideoEncoderConfiguration.FromXml));
    }
}
