namespace Vms.Rtsp.Media;

/// <summary>
/// Reads an RBSP bit by bit, most significant bit first: fixed-width fields <c>u(n)</c> and Exp-Golomb codes
/// <c>ue(v)</c>/<c>se(v)</c> (H.264 §9.1).
/// </summary>
/// <remarks>
/// Never throws on bad input: reading past the end yields zero bits and sets <see cref="IsOverrun"/>, and an
/// Exp-Golomb code longer than 32 bits sets <see cref="IsInvalid"/>. Parsers check <see cref="HasError"/> once the
/// fields they need are read, and bound every loop by the ranges the standard allows.
/// Give it RBSP bytes (<see cref="EmulationPrevention.Remove(ReadOnlySpan{byte})"/>), not a raw NAL unit.
/// </remarks>
public ref struct BitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public BitReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        IsOverrun = false;
        IsInvalid = false;
    }

    /// <summary>The position of the next bit, from the start of the data.</summary>
    public readonly int BitPosition => _position;

    /// <summary>Bits left before the end of the data (0 once overrun).</summary>
    public readonly int BitsRemaining => Math.Max(0, (_data.Length * 8) - _position);

    /// <summary>True when the next bit starts a byte.</summary>
    public readonly bool IsByteAligned => (_position & 7) == 0;

    /// <summary>True once a read went past the end of the data.</summary>
    public bool IsOverrun { get; private set; }

    /// <summary>True once an Exp-Golomb code was longer than 32 bits.</summary>
    public bool IsInvalid { get; private set; }

    /// <summary>True when any read so far was out of range or malformed.</summary>
    public readonly bool HasError => IsOverrun || IsInvalid;

    /// <summary>Reads one bit.</summary>
    public uint ReadBit()
    {
        if (_position >= _data.Length * 8)
        {
            IsOverrun = true;
            return 0;
        }

        var bit = (uint)(_data[_position >> 3] >> (7 - (_position & 7))) & 1;
        _position++;
        return bit;
    }

    /// <summary>Reads one bit as a flag.</summary>
    public bool ReadFlag() => ReadBit() != 0;

    /// <summary>Reads <paramref name="count"/> bits (0..32) as an unsigned number, <c>u(n)</c>.</summary>
    public uint ReadBits(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 32);
        if (count > BitsRemaining)
        {
            IsOverrun = true;
            _position = _data.Length * 8;
            return 0;
        }

        ulong value = 0;
        var remaining = count;

        // leading partial byte, then whole bytes, then the trailing partial byte
        while (remaining > 0)
        {
            var bitInByte = _position & 7;
            var available = 8 - bitInByte;
            var take = Math.Min(available, remaining);
            var b = _data[_position >> 3];
            var bits = (uint)(b >> (available - take)) & ((1u << take) - 1);
            value = (value << take) | bits;
            _position += take;
            remaining -= take;
        }

        return (uint)value;
    }

    /// <summary>Skips <paramref name="count"/> bits.</summary>
    public void SkipBits(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > BitsRemaining)
        {
            IsOverrun = true;
            _position = _data.Length * 8;
            return;
        }

        _position += count;
    }

    /// <summary>Reads an unsigned Exp-Golomb code, <c>ue(v)</c> (0..2³²−2).</summary>
    public uint ReadUe()
    {
        var leadingZeros = 0;
        while (ReadBit() == 0)
        {
            if (IsOverrun)
            {
                return 0;
            }

            leadingZeros++;
            if (leadingZeros > 31)
            {
                IsInvalid = true;
                return 0;
            }
        }

        if (leadingZeros == 0)
        {
            return 0;
        }

        var suffix = ReadBits(leadingZeros);
        return IsOverrun ? 0 : (uint)((1UL << leadingZeros) - 1 + suffix);
    }

    /// <summary>Reads a signed Exp-Golomb code, <c>se(v)</c>: 0, 1, −1, 2, −2, …</summary>
    public int ReadSe()
    {
        var k = ReadUe();
        var magnitude = (long)((k + 1UL) >> 1);
        return (int)((k & 1) != 0 ? magnitude : -magnitude);
    }

    /// <summary>
    /// True while RBSP data remains before the rbsp_trailing_bits (H.264 §7.2 more_rbsp_data): the last
    /// set bit of the data is the stop bit.
    /// </summary>
    public readonly bool HasMoreRbspData()
    {
        var last = _data.Length - 1;
        while (last >= 0 && _data[last] == 0)
        {
            last--;
        }

        if (last < 0)
        {
            return false;
        }

        var b = _data[last];
        var stopBit = (last * 8) + 7 - System.Numerics.BitOperations.TrailingZeroCount(b);
        return _position < stopBit;
    }
}
