using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;

namespace Vms.Onvif.Model.Media;

/// <summary><c>tt:JpegOptions</c> / <c>tt:JpegOptions2</c>: what a JPEG encoder accepts. <see cref="BitrateRange"/>
/// is the <c>tt:Extension/tt:JPEG</c> addition.</summary>
public sealed record JpegOptions(IReadOnlyList<VideoResolution> ResolutionsAvailable, IntRange FrameRateRange, IntRange EncodingIntervalRange, IntRange? BitrateRange = null)
{
    internal XElement ToXml(XName name, bool withBitrate) => new(name,
        ResolutionsAvailable.Select(r => r.ToXml(Tt + "ResolutionsAvailable")),
        FrameRateRange.ToXml(Tt + "FrameRateRange"),
        EncodingIntervalRange.ToXml(Tt + "EncodingIntervalRange"),
        withBitrate ? BitrateRange?.ToXml(Tt + "BitrateRange") : null);

    internal static JpegOptions FromXml(XElement element) => new(
        element.ReadAll(Tt + "ResolutionsAvailable", VideoResolution.FromXml),
        IntRange.FromXml(element.Req(Tt + "FrameRateRange")),
        element.Opt(Tt + "EncodingIntervalRange") is { } interval ? IntRange.FromXml(interval) : new IntRange(1, 1),
        element.Opt(Tt + "BitrateRange") is { } bitrate ? IntRange.FromXml(bitrate) : null);
}
