namespace Vms.Simulators.Video.Jpeg;

/// <summary>
/// A Huffman table built from its DHT description (T.81 Annex C: code lengths assigned in order, codes counted
/// up within a length and doubled between lengths). The same BITS/values are written in the DHT segment, so the
/// decoder's table always matches the encoder's.
/// </summary>
internal sealed class JpegHuffmanTable
{
    private readonly ushort[] _code = new ushort[256];
    private readonly byte[] _length = new byte[256];

    public JpegHuffmanTable(ReadOnlySpan<byte> bits, ReadOnlySpan<byte> values)
    {
        if (bits.Length != 16)
        {
            throw new ArgumentException("BITS has 16 counts", nameof(bits));
        }

        Bits = bits.ToArray();
        Values = values.ToArray();
        var total = 0;
        foreach (var b in bits)
        {
            total += b;
        }

        if (total != values.Length)
        {
            throw new ArgumentException($"BITS counts {total} codes but {values.Length} values are given", nameof(values));
        }

        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < bits[length - 1]; i++)
            {
                var symbol = values[k++];
                if (_length[symbol] != 0)
                {
                    throw new ArgumentException($"symbol 0x{symbol:X2} appears twice", nameof(values));
                }

                _code[symbol] = (ushort)code;
                _length[symbol] = (byte)length;
                code++;
            }

            if (code > 1 << length)
            {
                throw new ArgumentException($"more codes of length {length} than fit", nameof(bits));
            }

            code <<= 1;
        }
    }

    public byte[] Bits { get; }

    public byte[] Values { get; }

    public bool Has(byte symbol) => _length[symbol] != 0;

    public void Write(JpegBitWriter writer, byte symbol)
    {
        var length = _length[symbol];
        if (length == 0)
        {
            throw new InvalidOperationException($"symbol 0x{symbol:X2} has no Huffman code");
        }

        writer.WriteBits(_code[symbol], length);
    }
}
