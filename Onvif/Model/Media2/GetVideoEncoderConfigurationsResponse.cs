using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:GetVideoEncoderConfigurationsResponse</c></summary>
public sealed record GetVideoEncoderConfigurationsResponse(IReadOnlyList<VideoEncoder2Configuration> Configurations) : IOnvifMessage<GetVideoEncoderConfigurationsResponse>
{
    public static XName ElementName { get; } = Tr2 + "GetVideoEncoderConfigurationsResponse";

    public XElement ToXml() => new(ElementName,
        Configurations.Select(c => c.ToXml(Tr2 + "Configurations")));

    public static GetVideoEncoderConfigurationsResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Tr2 + "Configurations", VideoEncoder2Configuration.FromXml));
    }
}
