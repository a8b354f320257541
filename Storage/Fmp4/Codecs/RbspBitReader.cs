namespace Vms.Storage.Fmp4.Codecs;

/// <summary>
/// Reads the bits of a NAL unit payload (H.264 §7.2, H.265 §7.2): fixed-width fields, Exp-Golomb ue(v)/se(v),
/// with emulation-prevention bytes (00 00 03) removed on the fly. Reading past the end sets
/// <see cref="Failed"/> and yields zeros, so parsers check once at the end instead of after every field.
/// </summary>
internal ref struct RbspBitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _byte;      // index of the current byte in _data
    private int _bit;       // bits already consumed in the current byte (0..7)
    private int _zeros;     // consecutive zero bytes just passed (for emulation prevention)

    public RbspBitReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _byte = 0;
        _bit = 0;
        _zeros = 0;
        Failed = false;
        SkipEmulationPrevention();
    }

    /// <summary>True once a read went past the end of the data or a code was malformed.</summary>
    public bool Failed { get; private set; }

    public uint ReadBits(int count)
    {
        uint value = 0;
        for (var i = 0; i < count; i++)
        {
            value = (value << 1) | ReadBit();
        }

        return value;
    }

    public bool ReadFlag() => ReadBit() != 0;

    public void Skip(int count)
    {
        for (var i = 0; i < count && !Failed; i++)
        {
            ReadBit();
        }
    }

    /// <summary>ue(v): unsigned Exp-Golomb (at most 32 bits of value).</summary>
    public uint ReadUe()
    {
        var leadingZeros = 0;
        while (ReadBit() == 0)
        {
            if (Failed || ++leadingZeros > 31)
            {
                Failed = true;
                return 0;
            }
        }

        if (leadingZeros == 0)
        {
            return 0;
        }

        return (uint)((1UL << leadingZeros) - 1 + ReadBits(leadingZeros));
    }

    /// <summary>se(v): signed Exp-Golomb.</summary>
    public int ReadSe()
    {
        var k = ReadUe();
        return (k & 1) != 0 ? (int)((k + 1) / 2) : -(int)(k / 2);
    }

    private uint ReadBit()
    {
        if (_byte >= _data.Length)
        {
            Failed = true;
            return 0;
        }

        var value = (uint)(_data[_byte] >> (7 - _bit)) & 1;
        if (++_bit == 8)
        {
            _bit = 0;
            _zeros = _data[_byte] == 0 ? _zeros + 1 : 0;
            _byte++;
            SkipEmulationPrevention();
        }

        return value;
    }

    private void SkipEmulationPrevention()
    {
        if (_zeros >= 2 && _byte < _data.Length && _data[_byte] == 3)
        {
            _byte++;
            _zeros = 0;
        }
    }
}
