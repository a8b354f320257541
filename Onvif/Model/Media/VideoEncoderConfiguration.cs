using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:VideoEncoderConfiguration</c> (Media 1). Children are written in schema order: Name, UseCount,
/// Encoding, Resolution, Quality, RateControl, H264, Multicast, SessionTimeout.</summary>
/// <remarks>MPEG-4 settings are not modelled (tt:MPEG4 is ignored when read). Multicast and SessionTimeout are required
/// by the schema; when a peer leaves them out they read as <see cref="MulticastConfiguration.Unconfigured"/> and 60 s.</remarks>
public sealed record VideoEncoderConfiguration
{
    public required string Token { get; init; }

    public required string Name { get; init; }

    public int UseCount { get; init; }

    public bool? GuaranteedFrameRate { get; init; }

    public VideoEncoding Encoding { get; init; }

    public required VideoResolution Resolution { get; init; }

    /// <summary>In the range of the options' QualityRange (higher = better).</summary>
    public float Quality { get; init; }

    public VideoRateControl? RateControl { get; init; }

    public H264Configuration? H264 { get; init; }

    public MulticastConfiguration Multicast { get; init; } = MulticastConfiguration.Unconfigured;

    public TimeSpan SessionTimeout { get; init; } = DefaultSessionTimeout;

    private static TimeSpan DefaultSessionTimeout => TimeSpan.FromSeconds(60);

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        OptAttr("GuaranteedFrameRate", GuaranteedFrameRate),
        Elem(Tt + "Name", Name),
        Elem(Tt + "UseCount", UseCount),
        EnumElem(Tt + "Encoding", Encoding),
        Resolution.ToXml(Tt + "Resolution"),
        Elem(Tt + "Quality", Quality),
        RateControl?.ToXml(Tt + "RateControl"),
        H264?.ToXml(Tt + "H264"),
        Multicast.ToXml(Tt + "Multicast"),
        Elem(Tt + "SessionTimeout", SessionTimeout));

    internal static VideoEncoderConfiguration FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        GuaranteedFrameRate = element.AttrBool("GuaranteedFrameRate"),
        Name = element.OptString(Tt + "Name") ?? string.Empty,
        UseCount = element.OptInt(Tt + "UseCount") ?? 0,
        Encoding = element.ReqEnum<VideoEncoding>(Tt + "Encoding"),
        Resolution = VideoResolution.FromXml(element.Req(Tt + "Resolution")),
        Quality = element.ReqFloat(Tt + "Quality"),
        RateControl = element.Opt(Tt + "RateControl") is { } rate ? VideoRateControl.FromXml(rate) : null,
        H264 = element.Opt(Tt + "H264") is { } h264 ? H264Configuration.FromXml(h264) : null,
        Multicast = element.Opt(Tt + "Multicast") is { } multicast ? MulticastConfiguration.FromXml(multicast) : MulticastConfiguration.Unconfigured,
        SessionTimeout = element.OptDuration(Tt + "SessionTimeout") ?? DefaultSessionTimeout,
    };
}
