using System.Globalization;
using System.Text;
using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>The SDP a DESCRIBE returns for a source (interim writer until the Sdp layer is merged).</summary>
internal static class SessionDescriptions
{
    public static byte[] Describe(RtspMediaSource source, string contentBase, string localAddress)
    {
        _ = contentBase;
        var sb = new StringBuilder();
        sb.Append("v=0\r\n");
        sb.Append("o=- 0 0 IN IP4 ").Append(localAddress).Append("\r\n");
        sb.Append("s=Vms\r\n");
        sb.Append("c=IN IP4 0.0.0.0\r\n");
        sb.Append("t=0 0\r\n");
        sb.Append("a=control:*\r\n");
        var tracks = source.Tracks;
        for (var i = 0; i < tracks.Count; i++)
        {
            var pt = TrackPacketizers.PayloadType(tracks[i], i);
            var p = tracks[i].Parameters;
            var kind = p.Kind == MediaKind.Video ? "video" : p.Kind == MediaKind.Audio ? "audio" : "application";
            sb.Append("m=").Append(kind).Append(" 0 RTP/AVP ").Append(pt).Append("\r\n");
            if (p is H264Parameters h)
            {
                sb.Append(CultureInfo.InvariantCulture, $"a=rtpmap:{pt} H264/90000\r\n");
                sb.Append(CultureInfo.InvariantCulture, $"a=fmtp:{pt} packetization-mode=1;profile-level-id={h.ProfileLevelId};sprop-parameter-sets={Convert.ToBase64String(h.Sps)},{Convert.ToBase64String(h.Pps)}\r\n");
            }

            sb.Append("a=control:").Append(RequestTarget.TrackControl(i)).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
