using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoEncoderConfigurationOptionsResponse</c></summary>
public sealed record GetVideoEncoderConfigurationOptionsResponse(VideoEncoderConfigurationOptions Options) : IOnvifMessage<GetVideoEncoderConfigurationOptionsResponse>
{
    public static XName ElementName { get; } = Trt + "GetVideoEncoderConfigurationOptionsResponse";

    public XElement ToXml() => new(ElementName,
        Options.ToXml(Trt + "Options"));

    public static GetVideoEncoderConfigurationOptionsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(VideoEncoderConfigurationOptions.FromXml(element.Req(Trt + "Options")));
    }
}
