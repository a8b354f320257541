namespace Vms.Rtsp.Rtp;

/// <summary>What <see cref="RtpSequenceTracker.Update"/> decided about a packet (RFC 3550 §A.1).</summary>
public enum RtpSequenceStatus
{
    /// <summary>A valid packet (in order, after a permissible gap, or a little late/duplicated).</summary>
    Accepted,

    /// <summary>The source is new and not yet validated by enough sequential packets; the packet is dropped.</summary>
    Probation,

    /// <summary>A sequence jump too large to be loss or reordering; dropped unless the next packet follows it.</summary>
    Rejected,

    /// <summary>Two packets confirmed a jump: the sender restarted its sequence. Statistics start again from this
    /// packet, whose extended number does not follow the previous ones.</summary>
    Restarted,
}
