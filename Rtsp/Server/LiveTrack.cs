using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>The sender state of one track of a live stream (guarded by the stream's lock).</summary>
internal sealed class LiveTrack(MediaTrack track, ITrackPacketizer packetizer, uint timestampOffset)
{
    public MediaTrack Track { get; set; } = track;

    public ITrackPacketizer Packetizer { get; } = packetizer;

    /// <summary>Added to access-unit timestamps to make RTP timestamps (random start, RFC 3550 §5.1).</summary>
    public uint TimestampOffset { get; } = timestampOffset;

    public long PacketCount { get; set; }

    /// <summary>Payload octets sent (RTCP SR sender's octet count).</summary>
    public long OctetCount { get; set; }

    public bool HasSent { get; set; }

    public uint LastRtpTime { get; set; }

    /// <summary>When the last unit was pushed (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long LastPushAt { get; set; }

    public long LastSenderReportAt { get; set; }

    public uint ToRtpTime(long pts) => unchecked((uint)pts + TimestampOffset);
}
