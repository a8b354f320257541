using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Server;

/// <summary>The sender state of one track of a live stream (guarded by the stream's lock).</summary>
internal sealed class LiveTrack(MediaTrack track, ITrackPacketizer packetizer, uint timestampOffset, TimeProvider time)
{
    public MediaTrack Track { get; set; } = track;

    public ITrackPacketizer Packetizer { get; } = packetizer;

    /// <summary>Added to access-unit timestamps to make RTP timestamps (random start, RFC 3550 §5.1).</summary>
    public uint TimestampOffset { get; } = timestampOffset;

    /// <summary>Counts and the NTP↔RTP pairing for this track's sender reports.</summary>
    public RtcpSenderReportBuilder Reports { get; } = new(packetizer.Ssrc, "vms-" + packetizer.Ssrc.ToString("x8", System.Globalization.CultureInfo.InvariantCulture), track.ClockRate, time);

    /// <summary>Follows in-band parameter sets (video tracks only).</summary>
    public ParameterSetExtractor? ParameterSets { get; } =
        track.Codec is CodecId.H264 or CodecId.H265 ? new ParameterSetExtractor(track.Codec, track.Parameters) : null;

    /// <summary>When the last sender report went out (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long LastSenderReportAt { get; set; }

    public uint ToRtpTime(long pts) => unchecked((uint)pts + TimestampOffset);
}
