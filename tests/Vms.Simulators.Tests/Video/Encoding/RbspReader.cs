namespace Vms.Simulators.Tests.Video.Encoding;

/// <summary>An independent test-side reader of H.264 RBSP fields (u(n), ue(v), se(v)), with emulation prevention removed first.</summary>
internal sealed class RbspReader
{
    private readonly byte[] _data;
    private int _bit;

    /// <param name="data">An RBSP, or a NAL unit payload (after its header byte) when <paramref name="escaped"/>.</param>
    public RbspReader(ReadOnlySpan<byte> data, bool escaped = false) => _data = escaped ? Unescape(data) : data.ToArray();

    public int BitsLeft => (_data.Length * 8) - _bit;

    public static byte[] Unescape(ReadOnlySpan<byte> escaped)
    {
        var output = new List<byte>(escaped.Length);
        var zeros = 0;
        foreach (var b in escaped)
        {
            if (zeros >= 2 && b == 3)
            {
                zeros = 0;
                continue;
            }

            output.Add(b);
            zeros = b == 0 ? zeros + 1 : 0;
        }

        return [.. output];
    }

    public uint U(int bits)
    {
        uint value = 0;
        for (var i = 0; i < bits; i++)
        {
            if (_bit >= _data.Length * 8)
            {
                throw new InvalidOperationException("read past the end of the RBSP");
            }

            value = (value << 1) | (uint)((_data[_bit >> 3] >> (7 - (_bit & 7))) & 1);
            _bit++;
        }

        return value;
    }

    public bool Flag() => U(1) == 1;

    public uint Ue()
    {
        var zeros = 0;
        while (U(1) == 0)
        {
            zeros++;
            if (zeros > 32)
            {
                throw new InvalidOperationException("ue(v) longer than 32 bits");
            }
        }

        return zeros == 0 ? 0 : (uint)((1L << zeros) - 1 + U(zeros));
    }

    public int Se()
    {
        var k = Ue();
        return (k & 1) == 1 ? (int)((k + 1) / 2) : -(int)(k / 2);
    }

    /// <summary>True when only rbsp_trailing_bits remain (a one bit, then zeros to the end).</summary>
    public bool AtTrailingBits()
    {
        var save = _bit;
        try
        {
            if (U(1) != 1)
            {
                return false;
            }

            while (_bit < _data.Length * 8)
            {
                if (U(1) != 0)
                {
                    return false;
                }
            }

            return (_bit & 7) == 0;
        }
        finally
        {
            _bit = save;
        }
    }
}
