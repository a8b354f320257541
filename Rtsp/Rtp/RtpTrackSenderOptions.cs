using Vms.Rtsp.Payloads;

namespace Vms.Rtsp.Rtp;

/// <summary>How an <see cref="RtpTrackSender"/> sends one track.</summary>
public sealed record RtpTrackSenderOptions
{
    /// <summary>The RTP payload type (the SDP's; dynamic types are 96..127).</summary>
    public byte PayloadType { get; init; } = 96;

    /// <summary>Our SSRC (random when null, as RFC 3550 §8 asks).</summary>
    public uint? Ssrc { get; init; }

    /// <summary>The first sequence number (random when null).</summary>
    public ushort? InitialSequenceNumber { get; init; }

    /// <summary>The RTP timestamp of the first access unit (random when null).</summary>
    public uint? InitialTimestamp { get; init; }

    /// <summary>How access units are cut into payloads (MTU, parameter sets).</summary>
    public RtpPacketizerOptions Packetizer { get; init; } = new();

    /// <summary>Our CNAME in sender reports.</summary>
    public string CanonicalName { get; init; } = "vms";
}
