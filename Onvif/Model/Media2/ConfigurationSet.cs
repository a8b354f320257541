using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:ConfigurationSet</c>: the configurations of a Media2 profile that were asked for. The wrappers are
/// tr2 elements (<c>tr2:VideoSource</c>, <c>tr2:VideoEncoder</c>, <c>tr2:PTZ</c>) with tt children.</summary>
public sealed record ConfigurationSet
{
    public VideoSourceConfiguration? VideoSource { get; init; }

    public VideoEncoder2Configuration? VideoEncoder { get; init; }

    public Ptz.PtzConfiguration? Ptz { get; init; }

    internal XElement ToXml(XName name) => new(name,
        VideoSource?.ToXml(Tr2 + "VideoSource"),
        VideoEncoder?.ToXml(Tr2 + "VideoEncoder"),
        Ptz?.ToXml(Tr2 + "PTZ"));

    internal static ConfigurationSet FromXml(XElement element) => new()
    {
        VideoSource = element.Opt(Tr2 + "VideoSource") is { } source ? VideoSourceConfiguration.FromXml(source) : null,
        VideoEncoder = element.Opt(Tr2 + "VideoEncoder") is { } encoder ? VideoEncoder2Configuration.FromXml(encoder) : null,
        Ptz = element.Opt(Tr2 + "PTZ") is { } ptz ? Model.Ptz.PtzConfiguration.FromXml(ptz) : null,
    };
}
