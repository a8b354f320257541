using System.Buffers.Binary;

namespace Vms.Rtsp.Rtp;

/// <summary>
/// The fields of the RTP fixed header (RFC 3550 §5.1) that a sender chooses per packet. Written as the 12-byte header
/// with version 2 and no padding, extension or CSRC (see <see cref="RtpPacketWriter"/> for those).
/// </summary>
public readonly record struct RtpHeader(bool Marker, byte PayloadType, ushort SequenceNumber, uint Timestamp, uint Ssrc)
{
    /// <summary>Length of the fixed header.</summary>
    public const int FixedLength = 12;

    /// <summary>The RTP version this stack speaks.</summary>
    public const int Version = 2;

    /// <summary>Writes the 12-byte fixed header; returns 12.</summary>
    public int Write(Span<byte> destination)
    {
        if (destination.Length < FixedLength)
        {
            throw new ArgumentException($"an RTP header needs {FixedLength} bytes, the destination has {destination.Length}", nameof(destination));
        }

        if (PayloadType > 127)
        {
            throw new InvalidOperationException($"payload type {PayloadType} does not fit 7 bits");
        }

        destination[0] = Version << 6;
        destination[1] = (byte)((Marker ? 0x80 : 0) | PayloadType);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Ssrc);
        return FixedLength;
    }
}
