using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>Turns the access units of one track into RTP packets with its own SSRC and sequence numbers.</summary>
internal interface ITrackPacketizer
{
    /// <summary>The RTP payload type (as in the SDP).</summary>
    int PayloadType { get; }

    uint Ssrc { get; }

    /// <summary>The sequence number the next packet will carry.</summary>
    ushort NextSequence { get; }

    /// <summary>Appends the packets of <paramref name="unit"/> (each a whole RTP packet in a buffer never written again).</summary>
    void Packetize(AccessUnit unit, uint rtpTimestamp, List<ReadOnlyMemory<byte>> packets);
}
