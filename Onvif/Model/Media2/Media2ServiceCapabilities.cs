using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media2;

/// <summary><c>tr2:Capabilities</c>: Media2 service capabilities (GetServiceCapabilities, and inside a GetServices
/// entry). <see cref="Mask"/> = true is the switch that advertises privacy masks.</summary>
public sealed record Media2ServiceCapabilities
{
    public static XName ElementName { get; } = Tr2 + "Capabilities";

    public bool? SnapshotUri { get; init; }

    public bool? Rotation { get; init; }

    public bool? VideoSourceMode { get; init; }

    public bool? Osd { get; init; }

    public bool? TemporaryOsdText { get; init; }

    public bool? Mask { get; init; }

    /// <summary>Masks belong to the video source: a change through one configuration shows in all of that source.</summary>
    public bool? SourceMask { get; init; }

    /// <summary><c>tr2:ProfileCapabilities/@MaximumNumberOfProfiles</c>.</summary>
    public int? MaximumNumberOfProfiles { get; init; }

    /// <summary><c>tr2:ProfileCapabilities/@ConfigurationsSupported</c> (<c>VideoSource VideoEncoder PTZ ...</c>).</summary>
    public IReadOnlyList<string>? ConfigurationsSupported { get; init; }

    /// <summary><c>tr2:StreamingCapabilities/@RTSPStreaming</c>.</summary>
    public bool? RtspStreaming { get; init; }

    /// <summary><c>tr2:StreamingCapabilities/@RTPMulticast</c>.</summary>
    public bool? RtpMulticast { get; init; }

    /// <summary><c>tr2:StreamingCapabilities/@RTP_RTSP_TCP</c>.</summary>
    public bool? RtpRtspTcp { get; init; }

    /// <summary><c>tr2:StreamingCapabilities/@NonAggregateControl</c>.</summary>
    public bool? NonAggregateControl { get; init; }

    /// <summary><c>tr2:StreamingCapabilities/@AutoStartMulticast</c>.</summary>
    public bool? AutoStartMulticast { get; init; }

    /// <summary><c>tr2:StreamingCapabilities/@SecureRTSPStreaming</c>.</summary>
    public bool? SecureRtspStreaming { get; init; }

    public XElement ToXml() => new(ElementName,
        OptAttr("SnapshotUri", SnapshotUri),
        OptAttr("Rotation", Rotation),
        OptAttr("VideoSourceMode", VideoSourceMode),
        OptAttr("OSD", Osd),
        OptAttr("TemporaryOSDText", TemporaryOsdText),
        OptAttr("Mask", Mask),
        OptAttr("SourceMask", SourceMask),
        new XElement(Tr2 + "ProfileCapabilities",
            OptAttr("MaximumNumberOfProfiles", MaximumNumberOfProfiles),
            OptListAttr("ConfigurationsSupported", ConfigurationsSupported)),
        new XElement(Tr2 + "StreamingCapabilities",
            OptAttr("RTSPStreaming", RtspStreaming),
            OptAttr("RTPMulticast", RtpMulticast),
            OptAttr("RTP_RTSP_TCP", RtpRtspTcp),
            OptAttr("NonAggregateControl", NonAggregateControl),
            OptAttr("AutoStartMulticast", AutoStartMulticast),
            OptAttr("SecureRTSPStreaming", SecureRtspStreaming)));

    public static Media2ServiceCapabilities FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        var profiles = element.Opt(Tr2 + "ProfileCapabilities");
        var streaming = element.Opt(Tr2 + "StreamingCapabilities");
        return new()
        {
            SnapshotUri = element.AttrBool("SnapshotUri"),
            Rotation = element.AttrBool("Rotation"),
            VideoSourceMode = element.AttrBool("VideoSourceMode"),
            Osd = element.AttrBool("OSD"),
            TemporaryOsdText = element.AttrBool("TemporaryOSDText"),
            Mask = element.AttrBool("Mask"),
            SourceMask = element.AttrBool("SourceMask"),
            MaximumNumberOfProfiles = profiles?.AttrInt("MaximumNumberOfProfiles"),
            ConfigurationsSupported = profiles?.AttrList("ConfigurationsSupported"),
            RtspStreaming = streaming?.AttrBool("RTSPStreaming"),
            RtpMulticast = streaming?.AttrBool("RTPMulticast"),
            RtpRtspTcp = streaming?.AttrBool("RTP_RTSP_TCP"),
            NonAggregateControl = streaming?.AttrBool("NonAggregateControl"),
            AutoStartMulticast = streaming?.AttrBool("AutoStartMulticast"),
            SecureRtspStreaming = streaming?.AttrBool("SecureRTSPStreaming"),
        };
    }
}
