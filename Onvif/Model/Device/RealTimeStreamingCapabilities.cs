using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:RealTimeStreamingCapabilities</c>: RTP multicast, RTP over TCP, RTP over RTSP/TCP.</summary>
public sealed record RealTimeStreamingCapabilities(bool? RtpMulticast, bool? RtpTcp, bool? RtpRtspTcp)
{
    internal XElement ToXml(XName name) => new(name,
        Opt(Tt + "RTPMulticast", RtpMulticast),
        Opt(Tt + "RTP_TCP", RtpTcp),
        Opt(Tt + "RTP_RTSP_TCP", RtpRtspTcp));

    internal static RealTimeStreamingCapabilities FromXml(XElement element) => new(
        element.OptBool(Tt + "RTPMulticast"),
        element.OptBool(Tt + "RTP_TCP"),
        element.OptBool(Tt + "RTP_RTSP_TCP"));
}
