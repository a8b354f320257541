using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Ptz;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:Profile</c> (Media 1): a named set of configurations. Written in schema order: Name,
/// VideoSourceConfiguration, VideoEncoderConfiguration, PTZConfiguration (audio, analytics and metadata parts are not
/// modelled and are ignored when read).</summary>
public sealed record Profile
{
    public required string Token { get; init; }

    /// <summary>A fixed profile cannot be deleted. Always written (some clients require the attribute).</summary>
    public bool Fixed { get; init; }

    public required string Name { get; init; }

    public VideoSourceConfiguration? VideoSourceConfiguration { get; init; }

    public VideoEncoderConfiguration? VideoEncoderConfiguration { get; init; }

    public PtzConfiguration? PtzConfiguration { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        Attr("fixed", Fixed),
        Elem(Tt + "Name", Name),
        VideoSourceConfiguration?.ToXml(Tt + "VideoSourceConfiguration"),
        VideoEncoderConfiguration?.ToXml(Tt + "VideoEncoderConfiguration"),
        PtzConfiguration?.ToXml(Tt + "PTZConfiguration"));

    internal static Profile FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        Fixed = element.AttrBool("fixed") ?? false,
        Name = element.OptString(Tt + "Name") ?? string.Empty,
        VideoSourceConfiguration = element.Opt(Tt + "VideoSourceConfiguration") is { } source ? VideoSourceConfiguration.FromXml(source) : null,
        VideoEncoderConfiguration = element.Opt(Tt + "VideoEncoderConfiguration") is { } encoder ? VideoEncoderConfiguration.FromXml(encoder) : null,
        PtzConfiguration = element.Opt(Tt + "PTZConfiguration") is { } ptz ? PtzConfiguration.FromXml(ptz) : null,
    };
}
