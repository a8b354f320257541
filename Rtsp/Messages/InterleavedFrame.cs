using System.Buffers;
using System.Buffers.Binary;

namespace Vms.Rtsp.Messages;

/// <summary>
/// A binary packet carried on the RTSP connection (RFC 2326 §10.12):
/// <code>
///  0       1       2       3
/// +-------+-------+-------+-------+---------------------
/// |  '$'  |channel| length (BE16) | payload (length bytes)
/// +-------+-------+-------+-------+---------------------
/// </code>
/// </summary>
/// <remarks>A parsed frame's <see cref="Payload"/> points into the reader's buffer: it is valid only until the
/// reader is advanced past it, so consumers copy or process it before reading on.</remarks>
public readonly struct InterleavedFrame
{
    /// <summary>The marker byte that starts a frame.</summary>
    public const byte Marker = (byte)'$';

    /// <summary>Bytes before the payload.</summary>
    public const int HeaderLength = 4;

    /// <summary>The largest payload the 16-bit length can carry.</summary>
    public const int MaxPayloadLength = ushort.MaxValue;

    public InterleavedFrame(byte channel, ReadOnlySequence<byte> payload)
    {
        Channel = channel;
        Payload = payload;
    }

    /// <summary>The channel (by convention even = RTP, odd = RTCP, as negotiated by Transport interleaved=a-b).</summary>
    public byte Channel { get; }

    /// <summary>The packet, a slice of the parsed buffer.</summary>
    public ReadOnlySequence<byte> Payload { get; }

    /// <summary>Writes one frame without allocating.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The payload is longer than 65535 bytes.</exception>
    public static void Write(IBufferWriter<byte> output, byte channel, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, MaxPayloadLength, nameof(payload));
        var span = output.GetSpan(HeaderLength + payload.Length);
        span[0] = Marker;
        span[1] = channel;
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)payload.Length);
        payload.CopyTo(span[HeaderLength..]);
        output.Advance(HeaderLength + payload.Length);
    }

    /// <summary>Writes the 4-byte header only (the caller writes <paramref name="payloadLength"/> bytes next).</summary>
    public static void WriteHeader(Span<byte> destination, byte channel, int payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payloadLength, MaxPayloadLength);
        destination[0] = Marker;
        destination[1] = channel;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)payloadLength);
    }
}
