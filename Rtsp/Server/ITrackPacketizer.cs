using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>
/// Sends one track (adapter over the RTP layer's track sender): RTP packets with this track's SSRC, sequence
/// numbers and RTP timestamps, and its RTCP sender reports. One packetizing caller at a time.
/// </summary>
internal interface ITrackPacketizer
{
    /// <summary>The RTP payload type (as in the SDP).</summary>
    int PayloadType { get; }

    uint Ssrc { get; }

    /// <summary>
    /// The interleaved channel whose <c>$</c> header precedes every packet of <see cref="Packetize"/> in its array
    /// (TCP viewers on that channel are sent the buffer as it is), or -1 when packets are not framed.
    /// </summary>
    int FramedChannel { get; }

    /// <summary>The sequence number the next packet will carry.</summary>
    ushort NextSequence { get; }

    /// <summary>The RTP timestamp of a presentation time (track clock units), continuous across units.</summary>
    uint ToRtpTime(long pts);

    /// <summary>
    /// Appends the packets of <paramref name="unit"/> (each a whole RTP packet in a buffer never written again); a video
    /// keyframe without parameter sets is sent with the track's, so any viewer can start on it.
    /// </summary>
    void Packetize(AccessUnit unit, List<ReadOnlyMemory<byte>> packets);

    /// <summary>The RTCP SR + SDES compound for now, or null before the first unit.</summary>
    byte[]? SenderReport();

    /// <summary>The RTCP SR + SDES + BYE compound sent when the track stops.</summary>
    byte[] Goodbye(string reason);
}
