using System.Globalization;
using Vms.Rtsp.Media;

namespace Vms.Rtsp.Sdp;

/// <summary>Tracks → the SDP our server answers DESCRIBE with.</summary>
public static partial class SdpMediaMapper
{
    /// <summary>
    /// The SDP describing <paramref name="tracks"/>: session <c>c=IN IP4 0.0.0.0</c>, <c>t=0 0</c>,
    /// <c>a=control:*</c>, <c>a=range:</c> (live <c>npt=now-</c> unless a range is given), then per track
    /// <c>m=</c>, <c>a=rtpmap</c>, <c>a=fmtp</c> (with the parameter sets when known), <c>a=control:trackID=N</c>
    /// and <c>a=x-onvif-track:</c> when a token is given.
    /// </summary>
    public static SessionDescription Describe(IEnumerable<SdpTrackDescription> tracks, SdpDescribeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        options ??= new SdpDescribeOptions();
        var sdp = new SessionDescription
        {
            Origin = new SdpOrigin("-", options.SessionId, options.SessionVersion, "IN", options.OriginAddress.Contains(':', StringComparison.Ordinal) ? "IP6" : "IP4", options.OriginAddress),
            SessionName = options.SessionName,
            Information = options.Information,
            Connection = SdpConnection.Unspecified,
        };
        sdp.Timings.Add(new SdpTiming());
        if (options.Tool is not null)
        {
            sdp.Attributes.Add(new("tool", options.Tool));
        }

        sdp.Attributes.Add(new("control", "*"));
        sdp.Attributes.Add(new("range", options.Range?.Format() ?? "npt=now-"));
        foreach (var description in tracks)
        {
            sdp.Media.Add(ToMedia(description));
        }

        return sdp;
    }

    /// <summary>The media description of one track.</summary>
    public static SdpMedia ToMedia(SdpTrackDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentOutOfRangeException.ThrowIfNegative(description.PayloadType);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description.PayloadType, 127);
        var track = description.Track;
        var pt = description.PayloadType.ToString(CultureInfo.InvariantCulture);
        var kind = track.Kind switch
        {
            MediaKind.Video => "video",
            MediaKind.Audio => "audio",
            _ => "application",
        };
        var media = new SdpMedia(kind, 0, "RTP/AVP", [pt]);
        var (rtpmap, fmtp) = FormatOf(track.Parameters);
        media.Attributes.Add(new("rtpmap", pt + " " + rtpmap));
        if (fmtp is not null)
        {
            media.Attributes.Add(new("fmtp", pt + " " + fmtp));
        }

        media.Attributes.Add(new("control", description.Control ?? "trackID=" + track.Index.ToString(CultureInfo.InvariantCulture)));
        if (description.OnvifTrackToken is not null)
        {
            media.Attributes.Add(new("x-onvif-track", description.OnvifTrackToken));
        }

        return media;
    }

    private static (string RtpMap, string? Fmtp) FormatOf(CodecParameters parameters) => parameters switch
    {
        H264Parameters h => ("H264/90000", H264Fmtp(h)),
        H265Parameters h => ("H265/90000", H265Fmtp(h)),
        AacParameters a => (
            $"mpeg4-generic/{Invariant(a.SampleRate)}/{Invariant(a.Channels)}",
            "streamtype=5;profile-level-id=1;mode=AAC-hbr;sizelength=13;indexlength=3;indexdeltalength=3" +
            (a.AudioSpecificConfig.Length > 0 ? ";config=" + Convert.ToHexStringLower(a.AudioSpecificConfig) : string.Empty)),
        G711Parameters g => (
            (g.ALaw ? "PCMA/" : "PCMU/") + Invariant(g.SampleRate) + (g.Channels != 1 ? "/" + Invariant(g.Channels) : string.Empty),
            null),
        OnvifMetadataParameters m => ("vnd.onvif.metadata/" + Invariant(m.ClockRate), null),
        _ => throw new ArgumentException($"No SDP mapping for codec {parameters.Codec}.", nameof(parameters)),
    };

    /// <summary>packetization-mode=1 (FU-A/STAP-A); profile-level-id is SPS bytes 1..3 (RFC 6184 §8.1).</summary>
    private static string H264Fmtp(H264Parameters h)
    {
        var fmtp = "packetization-mode=1";
        if (h.Sps.Length >= 4)
        {
            fmtp += ";profile-level-id=" + Convert.ToHexString(h.Sps, 1, 3);
        }

        if (h.Sps.Length > 0 && h.Pps.Length > 0)
        {
            fmtp += ";sprop-parameter-sets=" + Convert.ToBase64String(h.Sps) + "," + Convert.ToBase64String(h.Pps);
        }

        return fmtp;
    }

    private static string? H265Fmtp(H265Parameters h) =>
        h.Vps.Length > 0 && h.Sps.Length > 0 && h.Pps.Length > 0
            ? $"sprop-vps={Convert.ToBase64String(h.Vps)};sprop-sps={Convert.ToBase64String(h.Sps)};sprop-pps={Convert.ToBase64String(h.Pps)}"
            : null;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
