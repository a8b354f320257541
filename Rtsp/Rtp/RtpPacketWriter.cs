using System.Buffers.Binary;

namespace Vms.Rtsp.Rtp;

/// <summary>Writes RTP packets into caller-provided spans (no allocation).</summary>
public static class RtpPacketWriter
{
    /// <summary>Writes the fixed header and <paramref name="payload"/>; returns the packet length.</summary>
    public static int Write(Span<byte> destination, in RtpHeader header, ReadOnlySpan<byte> payload)
    {
        var length = RtpHeader.FixedLength + payload.Length;
        if (destination.Length < length)
        {
            throw new ArgumentException($"the packet needs {length} bytes, the destination has {destination.Length}", nameof(destination));
        }

        header.Write(destination);
        payload.CopyTo(destination[RtpHeader.FixedLength..]);
        return length;
    }

    /// <summary>
    /// The packet length for a payload, CSRC count, header extension (null: none; else its data length) and padding.
    /// </summary>
    public static int GetLength(int payloadLength, int csrcCount = 0, int? extensionLength = null, int paddingLength = 0) =>
        RtpHeader.FixedLength + (4 * csrcCount) + (extensionLength is { } e ? 4 + e : 0) + payloadLength + paddingLength;

    /// <summary>
    /// Writes a packet with CSRCs, a header extension when <paramref name="extensionProfile"/> is not null
    /// (<paramref name="extension"/> a whole number of 32-bit words) and padding (0..255 bytes, the last one holding
    /// the count); returns the packet length.
    /// </summary>
    public static int Write(
        Span<byte> destination,
        in RtpHeader header,
        ReadOnlySpan<byte> payload,
        ReadOnlySpan<uint> csrcs,
        ushort? extensionProfile,
        ReadOnlySpan<byte> extension,
        int paddingLength)
    {
        var writeExtension = extensionProfile.HasValue;
        if (!writeExtension && !extension.IsEmpty)
        {
            throw new ArgumentException("extension data needs an extension profile", nameof(extension));
        }

        if (csrcs.Length > 15)
        {
            throw new ArgumentException("at most 15 CSRCs", nameof(csrcs));
        }

        if (extension.Length % 4 != 0 || extension.Length > ushort.MaxValue * 4)
        {
            throw new ArgumentException("the header extension is a whole number of 32-bit words", nameof(extension));
        }

        if (paddingLength is < 0 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(paddingLength), paddingLength, "0..255 bytes");
        }

        var length = GetLength(payload.Length, csrcs.Length, writeExtension ? extension.Length : null, paddingLength);
        if (destination.Length < length)
        {
            throw new ArgumentException($"the packet needs {length} bytes, the destination has {destination.Length}", nameof(destination));
        }

        header.Write(destination);
        destination[0] |= (byte)((paddingLength > 0 ? 0x20 : 0) | (writeExtension ? 0x10 : 0) | csrcs.Length);
        var pos = RtpHeader.FixedLength;
        foreach (var csrc in csrcs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[pos..], csrc);
            pos += 4;
        }

        if (writeExtension)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[pos..], extensionProfile!.Value);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(pos + 2)..], (ushort)(extension.Length / 4));
            extension.CopyTo(destination[(pos + 4)..]);
            pos += 4 + extension.Length;
        }

        payload.CopyTo(destination[pos..]);
        pos += payload.Length;
        if (paddingLength > 0)
        {
            destination.Slice(pos, paddingLength - 1).Clear();
            destination[pos + paddingLength - 1] = (byte)paddingLength;
            pos += paddingLength;
        }

        return pos;
    }
}
