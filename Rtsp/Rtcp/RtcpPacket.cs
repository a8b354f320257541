using System.Buffers.Binary;

namespace Vms.Rtsp.Rtcp;

/// <summary>One RTCP packet of a compound packet (RFC 3550 §6.4–§6.6). Each kind knows its length and writes itself.</summary>
public abstract record RtcpPacket
{
    /// <summary>Length of the common header (version, padding, count, packet type, length).</summary>
    public const int HeaderLength = 4;

    public abstract RtcpPacketType PacketType { get; }

    /// <summary>Bytes <see cref="Write"/> needs (a multiple of 4).</summary>
    public abstract int GetLength();

    /// <summary>Writes the packet; returns <see cref="GetLength"/>.</summary>
    public abstract int Write(Span<byte> destination);

    /// <summary>Writes the common header for a packet of <paramref name="length"/> bytes (a multiple of 4).</summary>
    protected static void WriteHeader(Span<byte> destination, int count, RtcpPacketType type, int length)
    {
        if (destination.Length < length)
        {
            throw new ArgumentException($"the {type} packet needs {length} bytes, the destination has {destination.Length}", nameof(destination));
        }

        if (count is < 0 or > 31)
        {
            throw new InvalidOperationException($"a {type} packet holds at most 31 items, not {count}");
        }

        destination[0] = (byte)(0x80 | count);
        destination[1] = (byte)type;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)((length / 4) - 1));
    }
}
