namespace Vms.Simulators.Video.Jpeg;

/// <summary>Entropy-coded segment writer: bits MSB first, a 0x00 stuffed after every 0xFF byte (T.81 F.1.2.3).</summary>
internal sealed class JpegBitWriter(Stream output)
{
    private uint _accumulator;
    private int _pending;

    public void WriteBits(int value, int count)
    {
        _accumulator = (_accumulator << count) | ((uint)value & ((1u << count) - 1));
        _pending += count;
        while (_pending >= 8)
        {
            _pending -= 8;
            var b = (byte)(_accumulator >> _pending);
            output.WriteByte(b);
            if (b == 0xFF)
            {
                output.WriteByte(0);
            }
        }

        _accumulator &= (1u << _pending) - 1;
    }

    /// <summary>Pads the last byte with one bits (F.1.2.3) before a marker.</summary>
    public void Flush()
    {
        if (_pending > 0)
        {
            WriteBits((1 << (8 - _pending)) - 1, 8 - _pending);
        }
    }
}
