using System.Buffers.Binary;
using System.Numerics;

namespace Vms.Simulators.Video.Encoding;

/// <summary>
/// Writes an RBSP most-significant bit first: fixed-width fields, Exp-Golomb codes (H.264 §9.1) and
/// byte-aligned raw runs (I_PCM samples). Bits collect in a 64-bit accumulator and leave it 32 at a time.
/// The buffer grows on demand and is reused across pictures (<see cref="Reset"/>).
/// </summary>
internal sealed class BitWriter
{
    private byte[] _buffer;
    private int _position;
    private ulong _accumulator;
    private int _pending;

    public BitWriter(int initialCapacity = 4096) => _buffer = new byte[Math.Max(16, initialCapacity)];

    /// <summary>Bits written so far, including those still in the accumulator.</summary>
    public long BitLength => (_position * 8L) + _pending;

    /// <summary>Whole bytes written so far (the accumulator's partial byte is not counted).</summary>
    public int ByteLength => _position + (_pending / 8);

    public bool IsByteAligned => (_pending & 7) == 0;

    public void Reset()
    {
        _position = 0;
        _accumulator = 0;
        _pending = 0;
    }

    /// <summary>Writes the low <paramref name="count"/> bits of <paramref name="value"/> (0 to 32 bits).</summary>
    public void WriteBits(uint value, int count)
    {
        if ((uint)count > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "a field is 0 to 32 bits");
        }

        if (count == 0)
        {
            return;
        }

        _accumulator = (_accumulator << count) | (value & (uint.MaxValue >> (32 - count)));
        _pending += count;
        if (_pending >= 32)
        {
            _pending -= 32;
            EnsureCapacity(4);
            BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_position), (uint)(_accumulator >> _pending));
            _position += 4;
            _accumulator &= (1UL << _pending) - 1;
        }
    }

    public void WriteBit(bool value) => WriteBits(value ? 1u : 0u, 1);

    /// <summary>ue(v): unsigned Exp-Golomb, 0 to 2^32 − 2.</summary>
    public void WriteUe(uint value)
    {
        if (value == uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "ue(v) holds at most 2^32 - 2");
        }

        var codeNum = value + 1;
        var length = 32 - BitOperations.LeadingZeroCount(codeNum); // bits of codeNum
        var total = (2 * length) - 1;
        if (total <= 32)
        {
            WriteBits(codeNum, total); // the leading zeros are the high bits of the field
        }
        else
        {
            WriteBits(0, length - 1);
            WriteBits(codeNum, length);
        }
    }

    /// <summary>se(v): signed Exp-Golomb (k &gt; 0 → 2k − 1, k ≤ 0 → −2k).</summary>
    public void WriteSe(int value)
    {
        var mapped = value > 0 ? (2u * (uint)value) - 1 : 2u * (uint)(-(long)value);
        WriteUe(mapped);
    }

    /// <summary>Pads with zero bits to the next byte boundary.</summary>
    public void AlignWithZeros() => WriteBits(0, (8 - (_pending & 7)) & 7);

    /// <summary>rbsp_trailing_bits(): a one bit, then zeros to the byte boundary.</summary>
    public void WriteTrailingBits()
    {
        WriteBits(1, 1);
        AlignWithZeros();
    }

    /// <summary>Reserves <paramref name="count"/> bytes at a byte boundary and returns them for the caller to fill.</summary>
    public Span<byte> GetAlignedSpan(int count)
    {
        if (!IsByteAligned)
        {
            throw new InvalidOperationException("raw bytes must start on a byte boundary");
        }

        FlushWholeBytes();
        EnsureCapacity(count);
        var span = _buffer.AsSpan(_position, count);
        _position += count;
        return span;
    }

    /// <summary>Writes raw bytes at a byte boundary.</summary>
    public void WriteAlignedBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(GetAlignedSpan(bytes.Length));

    /// <summary>The bytes written; the writer must be byte aligned (after trailing bits).</summary>
    public ReadOnlySpan<byte> WrittenSpan
    {
        get
        {
            if (!IsByteAligned)
            {
                throw new InvalidOperationException("the RBSP is not byte aligned; write the trailing bits first");
            }

            FlushWholeBytes();
            return _buffer.AsSpan(0, _position);
        }
    }

    private void FlushWholeBytes()
    {
        while (_pending >= 8)
        {
            _pending -= 8;
            EnsureCapacity(1);
            _buffer[_position++] = (byte)(_accumulator >> _pending);
        }

        _accumulator &= (1UL << _pending) - 1;
    }

    private void EnsureCapacity(int extra)
    {
        if (_position + extra <= _buffer.Length)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _position + extra);
        Array.Resize(ref _buffer, size);
    }
}
