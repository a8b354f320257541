using Vms.Rtsp.Media;

namespace Vms.Rtsp.Sdp;

/// <summary>
/// One media of a received SDP mapped to our vocabulary: the track (its <see cref="MediaTrack.Index"/> is the
/// position of the <c>m=</c> line, its <see cref="MediaTrack.Control"/> the absolute URL to SETUP), the RTP
/// payload type to expect, and the fmtp parameters a depacketizer needs (e.g. AAC sizelength/indexlength).
/// </summary>
public sealed record SdpTrack(MediaTrack Track, int PayloadType, SdpFormatParameters? FormatParameters, SdpMedia Media)
{
    /// <summary>An fmtp parameter of the chosen format (case-insensitive), or null.</summary>
    public string? GetParameter(string name) => FormatParameters?[name];
}
