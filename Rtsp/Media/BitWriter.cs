using System.Buffers.Binary;
using System.Numerics;

namespace Vms.Rtsp.Media;

/// <summary>
/// Writes an RBSP bit by bit, most significant bit first: fixed-width fields <c>u(n)</c>, Exp-Golomb codes
/// <c>ue(v)</c>/<c>se(v)</c>, byte alignment and rbsp_trailing_bits. Built for encoders: bits gather in a 64-bit
/// accumulator and reach the buffer 32 at a time; the buffer grows as needed and is kept across
/// <see cref="Reset"/>, so a writer reused per picture stops allocating.
/// </summary>
/// <remarks>The output is an RBSP: call <see cref="ToNalUnit"/> (or <see cref="EmulationPrevention"/>) to get a
/// NAL unit payload without start-code emulation. Not thread-safe.</remarks>
public sealed class BitWriter
{
    private byte[] _buffer;
    private int _bytes; // whole bytes flushed into _buffer
    private ulong _accumulator; // pending bits, right-aligned
    private int _pending; // number of pending bits (0..31 between calls)

    public BitWriter(int initialCapacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _buffer = new byte[initialCapacity];
    }

    /// <summary>Bits written so far.</summary>
    public long BitLength => ((long)_bytes * 8) + _pending;

    /// <summary>True when the next bit starts a byte.</summary>
    public bool IsByteAligned => (_pending & 7) == 0;

    /// <summary>Writes the <paramref name="count"/> (0..32) low bits of <paramref name="value"/>, <c>u(n)</c>.</summary>
    public void WriteBits(uint value, int count)
    {
        if ((uint)count > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "0..32 bits");
        }

        if (count == 0)
        {
            return;
        }

        var masked = count == 32 ? value : value & ((1u << count) - 1);
        _accumulator = (_accumulator << count) | masked;
        _pending += count;
        if (_pending >= 32)
        {
            FlushWord();
        }
    }

    /// <summary>Writes one bit.</summary>
    public void WriteBit(bool bit) => WriteBits(bit ? 1u : 0u, 1);

    /// <summary>Writes an unsigned Exp-Golomb code, <c>ue(v)</c>, for 0..2³²−2.</summary>
    public void WriteUe(uint value)
    {
        if (value == uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "ue(v) codes 0..4294967294");
        }

        var code = value + 1;
        var length = 32 - BitOperations.LeadingZeroCount(code); // bits of code
        if (length <= 16)
        {
            // leading zeros and the code fit one write of at most 31 bits
            WriteBits(code, (2 * length) - 1);
            return;
        }

        WriteBits(0, length - 1);
        WriteBits(code, length);
    }

    /// <summary>Writes a signed Exp-Golomb code, <c>se(v)</c>: k &gt; 0 as 2k−1, k ≤ 0 as −2k.</summary>
    public void WriteSe(int value)
    {
        var mapped = value > 0 ? ((uint)value * 2) - 1 : (uint)(-(long)value * 2);
        WriteUe(mapped);
    }

    /// <summary>Writes zero bits up to the next byte boundary (byte_alignment with zero bits).</summary>
    public void AlignWithZeros()
    {
        var pad = (8 - (_pending & 7)) & 7;
        WriteBits(0, pad);
    }

    /// <summary>Writes rbsp_trailing_bits: a one bit, then zero bits up to the byte boundary.</summary>
    public void WriteTrailingBits()
    {
        WriteBits(1, 1);
        AlignWithZeros();
    }

    /// <summary>Writes whole bytes; the writer must be byte-aligned.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (!IsByteAligned)
        {
            throw new InvalidOperationException("WriteBytes needs a byte-aligned writer");
        }

        FlushWholeBytes();
        EnsureCapacity(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_bytes));
        _bytes += bytes.Length;
    }

    /// <summary>The bytes written so far; the writer must be byte-aligned. Valid until the next write.</summary>
    public ReadOnlySpan<byte> WrittenSpan
    {
        get
        {
            if (!IsByteAligned)
            {
                throw new InvalidOperationException("the writer is not byte-aligned");
            }

            FlushWholeBytes();
            return _buffer.AsSpan(0, _bytes);
        }
    }

    /// <summary>A copy of the bytes written (byte-aligned writer).</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>
    /// A NAL unit: <paramref name="header"/> (1 byte for H.264, 2 for H.265) followed by the written RBSP with
    /// emulation prevention bytes inserted. The writer must be byte-aligned (end the RBSP with
    /// <see cref="WriteTrailingBits"/>).
    /// </summary>
    public byte[] ToNalUnit(ReadOnlySpan<byte> header)
    {
        var rbsp = WrittenSpan;
        var output = new byte[header.Length + EmulationPrevention.InsertedLength(rbsp)];
        header.CopyTo(output);
        EmulationPrevention.Insert(rbsp, output.AsSpan(header.Length));
        return output;
    }

    /// <summary>Writes the NAL unit form (see <see cref="ToNalUnit"/>) into <paramref name="destination"/>; returns its length.</summary>
    public int WriteNalUnit(ReadOnlySpan<byte> header, Span<byte> destination)
    {
        var rbsp = WrittenSpan;
        header.CopyTo(destination);
        return header.Length + EmulationPrevention.Insert(rbsp, destination[header.Length..]);
    }

    /// <summary>Empties the writer, keeping its buffer.</summary>
    public void Reset()
    {
        _bytes = 0;
        _accumulator = 0;
        _pending = 0;
    }

    private void FlushWord()
    {
        EnsureCapacity(4);
        _pending -= 32;
        var word = (uint)(_accumulator >> _pending);
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_bytes), word);
        _bytes += 4;
        _accumulator &= _pending == 0 ? 0 : (1UL << _pending) - 1;
    }

    private void FlushWholeBytes()
    {
        EnsureCapacity(4);
        while (_pending >= 8)
        {
            _pending -= 8;
            _buffer[_bytes++] = (byte)(_accumulator >> _pending);
        }

        _accumulator &= _pending == 0 ? 0 : (1UL << _pending) - 1;
    }

    private void EnsureCapacity(int extra)
    {
        if (_bytes + extra <= _buffer.Length)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _bytes + extra);
        Array.Resize(ref _buffer, size);
    }
}
