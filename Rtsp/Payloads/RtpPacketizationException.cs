namespace Vms.Rtsp.Payloads;

/// <summary>An access unit cannot be packetized with the chosen options (e.g. a large NAL unit in packetization-mode 0).</summary>
public sealed class RtpPacketizationException : Exception
{
    public RtpPacketizationException()
    {
    }

    public RtpPacketizationException(string message)
        : base(message)
    {
    }

    public RtpPacketizationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
