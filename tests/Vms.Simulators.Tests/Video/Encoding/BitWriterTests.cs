using Vms.Simulators.Video.Encoding;

namespace Vms.Simulators.Tests.Video.Encoding;

public sealed class BitWriterTests
{
    [Theory]
    [InlineData(0u, "1")]
    [InlineData(1u, "010")]
    [InlineData(2u, "011")]
    [InlineData(3u, "00100")]
    [InlineData(6u, "00111")]
    [InlineData(7u, "0001000")]
    [InlineData(30u, "000011111")]
    [InlineData(65534u, "0000000000000001111111111111111")]
    [InlineData(65535u, "000000000000000010000000000000000")] // 33 bits: written in two parts
    public void WriteUe_KnownCodes(uint value, string bits)
    {
        Assert.Equal(bits, Bits(w => w.WriteUe(value), bits.Length));
    }

    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "010")]
    [InlineData(-1, "011")]
    [InlineData(2, "00100")]
    [InlineData(-2, "00101")]
    [InlineData(-12, "000011001")]
    public void WriteSe_KnownCodes(int value, string bits)
    {
        Assert.Equal(bits, Bits(w => w.WriteSe(value), bits.Length));
    }

    [Fact]
    public void WriteUe_MaximumValueRefused()
    {
        var w = new BitWriter();
        Assert.Throws<ArgumentOutOfRangeException>(() => w.WriteUe(uint.MaxValue));
    }

    [Fact]
    public void WriteBits_ThirtyTwoBitsAfterAnOddOffset_KeepsEveryBit()
    {
        var w = new BitWriter(4);
        w.WriteBits(1, 3);
        w.WriteBits(0xDEADBEEF, 32);
        w.WriteBits(0, 5);
        Assert.Equal([0x3B, 0xD5, 0xB7, 0xDD, 0xE0], w.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteBits_MoreThan32_Refused()
    {
        var w = new BitWriter();
        Assert.Throws<ArgumentOutOfRangeException>(() => w.WriteBits(0, 33));
    }

    [Fact]
    public void WriteTrailingBits_AlignsWithOneThenZeros()
    {
        var w = new BitWriter();
        w.WriteBits(0b101, 3);
        w.WriteTrailingBits();
        Assert.Equal([0b1011_0000], w.WrittenSpan.ToArray());
        Assert.True(w.IsByteAligned);
    }

    [Fact]
    public void WrittenSpan_Unaligned_Refused()
    {
        var w = new BitWriter();
        w.WriteBits(1, 1);
        Assert.Throws<InvalidOperationException>(() => w.WrittenSpan.ToArray());
    }

    [Fact]
    public void GetAlignedSpan_AfterBits_FlushesPendingBytesFirst()
    {
        var w = new BitWriter(2);
        w.WriteBits(0xAB, 8);
        w.WriteBits(0xC, 4);
        w.AlignWithZeros();
        w.WriteAlignedBytes(new byte[] { 1, 2, 3 });
        w.WriteBits(0xFF, 8);
        Assert.Equal([0xAB, 0xC0, 1, 2, 3, 0xFF], w.WrittenSpan.ToArray());
    }

    [Fact]
    public void GetAlignedSpan_Unaligned_Refused()
    {
        var w = new BitWriter();
        w.WriteBits(1, 3);
        Assert.Throws<InvalidOperationException>(() => w.GetAlignedSpan(1));
    }

    /// <summary>Random field sequences read back identically with the independent reader (seeded).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RoundTrip_RandomFields_ReadBackEqual(int seed)
    {
        var random = new Random(seed);
        var fields = new List<(int Kind, long Value, int Bits)>();
        var w = new BitWriter(8);
        for (var i = 0; i < 2000; i++)
        {
            switch (random.Next(3))
            {
                case 0:
                    var bits = random.Next(0, 33);
                    var value = bits == 0 ? 0 : (long)((ulong)random.NextInt64() >> (64 - bits));
                    w.WriteBits((uint)value, bits);
                    fields.Add((0, value, bits));
                    break;
                case 1:
                    var ue = (uint)random.Next(0, int.MaxValue) >> random.Next(0, 31);
                    w.WriteUe(ue);
                    fields.Add((1, ue, 0));
                    break;
                default:
                    var se = random.Next(-100_000, 100_000);
                    w.WriteSe(se);
                    fields.Add((2, se, 0));
                    break;
            }
        }

        w.WriteTrailingBits();
        var r = new RbspReader(w.WrittenSpan);
        foreach (var (kind, value, bits) in fields)
        {
            long read = kind switch
            {
                0 => r.U(bits),
                1 => r.Ue(),
                _ => r.Se(),
            };
            Assert.Equal(value, read);
        }

        Assert.True(r.AtTrailingBits());
    }

    private static string Bits(Action<BitWriter> write, int count)
    {
        var w = new BitWriter();
        write(w);
        Assert.Equal(count, w.BitLength);
        w.AlignWithZeros();
        var bytes = w.WrittenSpan.ToArray();
        return string.Concat(bytes.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))[..count];
    }
}
