using Vms.Rtsp.Headers;
using Vms.Rtsp.Sdp;

namespace Vms.Rtsp.Server;

/// <summary>The SDP a DESCRIBE returns: one media per track (control <c>trackID=N</c>), the range of a playback.</summary>
internal static class SessionDescriptions
{
    public static byte[] Describe(RtspMediaSource source, string serverName, string localAddress)
    {
        var tracks = source.Tracks;
        var descriptions = new List<SdpTrackDescription>(tracks.Count);
        for (var i = 0; i < tracks.Count; i++)
        {
            var track = tracks[i] with { Index = i };
            descriptions.Add(new SdpTrackDescription(track, TrackPacketizers.PayloadType(track, i), RequestTarget.TrackControl(i)));
        }

        RangeHeader? range = null;
        if (source is PlaybackMediaSource playback)
        {
            var r = playback.Source.Range;
            range = r.Start is { } start ? RangeHeader.Clock(start, r.End) : RangeHeader.Npt(TimeSpan.Zero, r.Duration);
        }

        var sdp = SdpMediaMapper.Describe(descriptions, new SdpDescribeOptions
        {
            SessionName = serverName,
            OriginAddress = localAddress,
            Range = range,
            Tool = serverName,
        });
        return SdpWriter.ToBytes(sdp);
    }
}
