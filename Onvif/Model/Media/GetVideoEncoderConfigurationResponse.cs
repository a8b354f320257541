using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoEncoderConfigurationResponse</c></summary>
public sealed record GetVideoEncoderConfigurationResponse(VideoEncoderConfiguration Configuration) : IOnvifMessage<GetVideoEncoderConfigurationResponse>
{
    public static XName ElementName { get; } = Trt + "GetVideoEncoderConfigurationResponse";

    public XElement ToXml() => new(ElementName,
        Configuration.ToXml(Trt + "Configuration"));

    public static GetVideoEncoderConfigurationResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(VideoEncoderConfiguration.FromXml(element.Req(Trt + "Configuration")));
    }
}
