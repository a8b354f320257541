using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetVideoEncoderConfigurationOptionsResponse</c>: one entry per encoding.</summary>
public sealed record GetVideoEncoderConfigurationOptionsResponse(IReadOnlyList<VideoEncoder2ConfigurationOptions> Options) : IOnvifMessage<GetVideoEncoderConfigurationOptionsResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetVideoEncoderConfigurationOptionsResponse";

    public XElement ToXml() => new(ElementName,
        Options.Select(o => o.ToXml(Tr2 + "Options")));

    public static GetVideoEncoderConfigurationOptionsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tr2 + "Options", VideoEncoder2ConfigurationOptions.FromXml));
    }
}
