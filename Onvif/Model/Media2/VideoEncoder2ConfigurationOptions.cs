using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tt:VideoEncoder2ConfigurationOptions</c>: one encoding's allowed values. GovLengthRange is a
/// two-value list "min max"; FrameRatesSupported and ProfilesSupported are lists.</summary>
public sealed record VideoEncoder2ConfigurationOptions
{
    public required string Encoding { get; init; }

    public required FloatRange QualityRange { get; init; }

    public required IReadOnlyList<VideoResolution> ResolutionsAvailable { get; init; }

    public required IntRange BitrateRange { get; init; }

    public IReadOnlyList<int>? GovLengthRange { get; init; }

    public int? MaxAnchorFrameDistance { get; init; }

    public IReadOnlyList<float>? FrameRatesSupported { get; init; }

    public IReadOnlyList<string>? ProfilesSupported { get; init; }

    public bool? ConstantBitRateSupported { get; init; }

    public bool? GuaranteedFrameRateSupported { get; init; }

    internal XElement ToXml(XName name) => new(name,
        OptListAttr("GovLengthRange", GovLengthRange),
        OptAttr("MaxAnchorFrameDistance", MaxAnchorFrameDistance),
        OptListAttr("FrameRatesSupported", FrameRatesSupported),
        OptListAttr("ProfilesSupported", ProfilesSupported),
        OptAttr("ConstantBitRateSupported", ConstantBitRateSupported),
        OptAttr("GuaranteedFrameRateSupported", GuaranteedFrameRateSupported),
        Elem(Tt + "Encoding", Encoding),
        QualityRange.ToXml(Tt + "QualityRange"),
        ResolutionsAvailable.Select(r => r.ToXml(Tt + "ResolutionsAvailable")),
        BitrateRange.ToXml(Tt + "BitrateRange"));

    internal static VideoEncoder2ConfigurationOptions FromXml(XElement element) => new()
    {
        GovLengthRange = element.AttrIntList("GovLengthRange"),
        MaxAnchorFrameDistance = element.AttrInt("MaxAnchorFrameDistance"),
        FrameRatesSupported = element.AttrFloatList("FrameRatesSupported"),
        ProfilesSupported = element.AttrList("ProfilesSupported"),
        ConstantBitRateSupported = element.AttrBool("ConstantBitRateSupported"),
        GuaranteedFrameRateSupported = element.AttrBool("GuaranteedFrameRateSupported"),
        Encoding = element.ReqString(Tt + "Encoding"),
        QualityRange = FloatRange.FromXml(element.Req(Tt + "QualityRange")),
        ResolutionsAvailable = element.ReadAll(Tt + "ResolutionsAvailable", VideoResolution.FromXml),
        BitrateRange = element.Opt(Tt + "BitrateRange") is { } bitrate ? IntRange.FromXml(bitrate) : new IntRange(0, 0),
    };
}
