using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:GetVideoSourcesResponse</c></summary>
public sealed record GetVideoSourcesResponse(IReadOnlyList<VideoSource> VideoSources) : IOnvifMessage<GetVideoSourcesResponse>
{
    public static XName ElementName { get; } = Trt + "GetVideoSourcesResponse";

    public XElement ToXml() => new(ElementName,
        VideoSources.Select(s => s.ToXml(Trt + "VideoSources")));

    public static GetVideoSourcesResponse FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        return new(element.ReadAll(Trt + "VideoSources", VideoSource.FromXml));
    }
}
