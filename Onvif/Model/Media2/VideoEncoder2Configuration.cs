using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tt:VideoEncoder2Configuration</c> (Media2). Children are written in schema order: Name, UseCount,
/// Encoding, Resolution, RateControl, Multicast, Quality (Quality comes last here, unlike Media 1); GovLength,
/// AnchorFrameDistance and Profile are attributes.</summary>
public sealed record VideoEncoder2Configuration
{
    public required string Token { get; init; }

    public required string Name { get; init; }

    public int UseCount { get; init; }

    /// <summary>Distance between key frames, in frames.</summary>
    public int? GovLength { get; init; }

    public int? AnchorFrameDistance { get; init; }

    /// <summary>Codec profile as a string (<c>Main</c>, <c>High</c>, ...).</summary>
    public string? Profile { get; init; }

    public bool? GuaranteedFrameRate { get; init; }

    /// <summary>IANA media subtype: <c>H264</c>, <c>H265</c>, <c>JPEG</c>, ... (see <see cref="VideoEncodingNames"/>).</summary>
    public required string Encoding { get; init; }

    public required VideoResolution Resolution { get; init; }

    public VideoRateControl2? RateControl { get; init; }

    public MulticastConfiguration? Multicast { get; init; }

    public float Quality { get; init; }

    internal XElement ToXml(XName name) => new(name,
        TokenAttr("token", Token),
        OptAttr("GovLength", GovLength),
        OptAttr("AnchorFrameDistance", AnchorFrameDistance),
        OptAttr("Profile", Profile),
        OptAttr("GuaranteedFrameRate", GuaranteedFrameRate),
        Elem(Tt + "Name", Name),
        Elem(Tt + "UseCount", UseCount),
        Elem(Tt + "Encoding", Encoding),
        Resolution.ToXml(Tt + "Resolution"),
        RateControl?.ToXml(Tt + "RateControl"),
        Multicast?.ToXml(Tt + "Multicast"),
        Elem(Tt + "Quality", Quality));

    internal static VideoEncoder2Configuration FromXml(XElement element) => new()
    {
        Token = element.ReqAttrToken("token"),
        GovLength = element.AttrInt("GovLength"),
        AnchorFrameDistance = element.AttrInt("AnchorFrameDistance"),
        Profile = element.Attr("Profile"),
        GuaranteedFrameRate = element.AttrBool("GuaranteedFrameRate"),
        Name = element.OptString(Tt + "Name") ?? string.Empty,
        UseCount = element.OptInt(Tt + "UseCount") ?? 0,
        Encoding = element.ReqString(Tt + "Encoding"),
        Resolution = VideoResolution.FromXml(element.Req(Tt + "Resolution")),
        RateControl = element.Opt(Tt + "RateControl") is { } rate ? VideoRateControl2.FromXml(rate) : null,
        Multicast = element.Opt(Tt + "Multicast") is { } multicast ? MulticastConfiguration.FromXml(multicast) : null,
        Quality = element.OptFloat(Tt + "Quality") ?? 0,
    };
}
