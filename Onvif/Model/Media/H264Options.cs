using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:H264Options</c> / <c>tt:H264Options2</c>: what an H.264 encoder accepts. <see cref="BitrateRange"/>
/// is the <c>tt:Extension/tt:H264</c> addition.</summary>
public sealed record H264Options
{
    public required IReadOnlyList<VideoResolution> ResolutionsAvailable { get; init; }

    public required IntRange GovLengthRange { get; init; }

    public required IntRange FrameRateRange { get; init; }

    public required IntRange EncodingIntervalRange { get; init; }

    public required IReadOnlyList<H264Profile> ProfilesSupported { get; init; }

    /// <summary>kbit/s; only in the options' Extension.</summary>
    public IntRange? BitrateRange { get; init; }

    internal XElement ToXml(XName name, bool withBitrate) => new(name,
        ResolutionsAvailable.Select(r => r.ToXml(Tt + "ResolutionsAvailable")),
        GovLengthRange.ToXml(Tt + "GovLengthRange"),
        FrameRateRange.ToXml(Tt + "FrameRateRange"),
        EncodingIntervalRange.ToXml(Tt + "EncodingIntervalRange"),
        ProfilesSupported.Select(p => EnumElem(Tt + "H264ProfilesSupported", p)),
        withBitrate ? BitrateRange?.ToXml(Tt + "BitrateRange") : null);

    internal static H264Options FromXml(XElement element) => new()
    {
        ResolutionsAvailable = element.ReadAll(Tt + "ResolutionsAvailable", VideoResolution.FromXml),
        GovLengthRange = IntRange.FromXml(element.Req(Tt + "GovLengthRange")),
        FrameRateRange = IntRange.FromXml(element.Req(Tt + "FrameRateRange")),
        EncodingIntervalRange = element.Opt(Tt + "EncodingIntervalRange") is { } interval ? IntRange.FromXml(interval) : new IntRange(1, 1),
        ProfilesSupported = element.ReadAll(Tt + "H264ProfilesSupported", e => e.AsEnum<H264Profile>()),
        BitrateRange = element.Opt(Tt + "BitrateRange") is { } bitrate ? IntRange.FromXml(bitrate) : null,
    };
}
