using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Media;

/// <summary><c>trt:Capabilities</c>: Media 1 service capabilities (GetServiceCapabilities, and inside a GetServices entry).</summary>
public sealed record MediaServiceCapabilities
{
    public static XName ElementName { get; } = Trt + "Capabilities";

    public bool? SnapshotUri { get; init; }

    public bool? Rotation { get; init; }

    public bool? VideoSourceMode { get; init; }

    public bool? Osd { get; init; }

    public bool? TemporaryOsdText { get; init; }

    public bool? ExiCompression { get; init; }

    /// <summary><c>trt:ProfileCapabilities/@MaximumNumberOfProfiles</c>.</summary>
    public int? MaximumNumberOfProfiles { get; init; }

    /// <summary><c>trt:StreamingCapabilities/@RTPMulticast</c>.</summary>
    public bool? RtpMulticast { get; init; }

    /// <summary><c>trt:StreamingCapabilities/@RTP_TCP</c>.</summary>
    public bool? RtpTcp { get; init; }

    /// <summary><c>trt:StreamingCapabilities/@RTP_RTSP_TCP</c>.</summary>
    public bool? RtpRtspTcp { get; init; }

    /// <summary><c>trt:StreamingCapabilities/@NonAggregateControl</c>.</summary>
    public bool? NonAggregateControl { get; init; }

    /// <summary><c>trt:StreamingCapabilities/@NoRTSPStreaming</c>.</summary>
    public bool? NoRtspStreaming { get; init; }

    public XElement ToXml() => new(ElementName,
        OptAttr("SnapshotUri", SnapshotUri),
        OptAttr("Rotation", Rotation),
        OptAttr("VideoSourceMode", VideoSourceMode),
        OptAttr("OSD", Osd),
        OptAttr("TemporaryOSDText", TemporaryOsdText),
        OptAttr("EXICompression", ExiCompression),
        new XElement(Trt + "ProfileCapabilities", OptAttr("MaximumNumberOfProfiles", MaximumNumberOfProfiles)),
        new XElement(Trt + "StreamingCapabilities",
            OptAttr("RTPMulticast", RtpMulticast),
            OptAttr("RTP_TCP", RtpTcp),
            OptAttr("RTP_RTSP_TCP", RtpRtspTcp),
            OptAttr("NonAggregateControl", NonAggregateControl),
            OptAttr("NoRTSPStreaming", NoRtspStreaming)));

    public static MediaServiceCapabilities FromXml(XElement element)
    {
        element.ExpectName(ElementName);
        var profiles = element.Opt(Trt + "ProfileCapabilities");
        var streaming = element.Opt(Trt + "StreamingCapabilities");
        return new()
        {
            SnapshotUri = element.AttrBool("SnapshotUri"),
            Rotation = element.AttrBool("Rotation"),
            VideoSourceMode = element.AttrBool("VideoSourceMode"),
            Osd = element.AttrBool("OSD"),
            TemporaryOsdText = element.AttrBool("TemporaryOSDText"),
            ExiCompression = element.AttrBool("EXICompression"),
            MaximumNumberOfProfiles = profiles?.AttrInt("MaximumNumberOfProfiles"),
            RtpMulticast = streaming?.AttrBool("RTPMulticast"),
            RtpTcp = streaming?.AttrBool("RTP_TCP"),
            RtpRtspTcp = streaming?.AttrBool("RTP_RTSP_TCP"),
            NonAggregateControl = streaming?.AttrBool("NonAggregateControl"),
            NoRtspStreaming = streaming?.AttrBool("NoRTSPStreaming"),
        };
    }
}
