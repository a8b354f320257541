using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class BitWriterTests
{
    [Fact]
    public void WriteUe_KnownValues_ProducesExpGolombCodes()
    {
        var w = new BitWriter();
        w.WriteUe(0); // 1
        w.WriteUe(1); // 010
        w.WriteUe(2); // 011
        w.WriteUe(3); // 00100
        w.WriteTrailingBits(); // stop bit and 3 zero bits: 1010 0110 0100 1000
        Assert.Equal(new byte[] { 0xA6, 0x48 }, w.ToArray());
    }

    [Fact]
    public void WriteSe_Values_MapLikeTheStandard()
    {
        var w = new BitWriter();
        foreach (var v in new[] { 0, 1, -1, 2, -2 })
        {
            w.WriteSe(v);
        }

        w.AlignWithZeros();
        Assert.Equal(new byte[] { 0b1010_0110, 0b0100_0010, 0b1000_0000 }, w.ToArray());
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Write_RandomFieldsThenRead_RoundTrips(int seed)
    {
        var random = new Random(seed);
        var ops = new List<(int Kind, long Value, int Bits)>();
        var w = new BitWriter(initialCapacity: 1); // forces growth
        for (var i = 0; i < 5000; i++)
        {
            switch (random.Next(3))
            {
                case 0:
                    var bits = random.Next(0, 33);
                    var value = (uint)random.NextInt64(0, 1L << bits);
                    w.WriteBits(value, bits);
                    ops.Add((0, value, bits));
                    break;
                case 1:
                    var ue = random.Next(4) == 0 ? (uint)random.NextInt64(0, uint.MaxValue) : (uint)random.Next(0, 300);
                    w.WriteUe(ue);
                    ops.Add((1, ue, 0));
                    break;
                default:
                    var se = random.Next(4) == 0 ? random.Next(int.MinValue + 1, int.MaxValue) : random.Next(-300, 300);
                    w.WriteSe(se);
                    ops.Add((2, se, 0));
                    break;
            }
        }

        var totalBits = w.BitLength;
        w.WriteTrailingBits();
        var data = w.ToArray();
        Assert.Equal((totalBits + 8) / 8, data.Length);

        var r = new BitReader(data);
        foreach (var (kind, value, bits) in ops)
        {
            switch (kind)
            {
                case 0:
                    Assert.Equal((uint)value, r.ReadBits(bits));
                    break;
                case 1:
                    Assert.Equal((uint)value, r.ReadUe());
                    break;
                default:
                    Assert.Equal((int)value, r.ReadSe());
                    break;
            }
        }

        Assert.False(r.HasError);
        Assert.Equal(totalBits, r.BitPosition);
        Assert.False(r.HasMoreRbspData());
    }

    [Fact]
    public void ToNalUnit_RbspWithStartCodePattern_InsertsEscapes()
    {
        var w = new BitWriter();
        w.WriteBits(0, 16);
        w.WriteBits(1, 8);
        w.WriteTrailingBits();
        var nal = w.ToNalUnit([0x06]);
        Assert.Equal(new byte[] { 0x06, 0x00, 0x00, 0x03, 0x01, 0x80 }, nal);

        var destination = new byte[nal.Length];
        Assert.Equal(nal.Length, w.WriteNalUnit([0x06], destination));
        Assert.Equal(nal, destination);
    }

    [Fact]
    public void WriteBytes_Aligned_AppendsAndUnalignedThrows()
    {
        var w = new BitWriter();
        w.WriteBits(0xAB, 8);
        w.WriteBytes([1, 2, 3]);
        Assert.Equal(new byte[] { 0xAB, 1, 2, 3 }, w.ToArray());
        w.WriteBit(true);
        Assert.False(w.IsByteAligned);
        Assert.Throws<InvalidOperationException>(() => w.WriteBytes([4]));
        Assert.Throws<InvalidOperationException>(() => w.ToArray());
    }

    [Fact]
    public void Reset_ReusesWriter_FromEmpty()
    {
        var w = new BitWriter();
        w.WriteBits(0x1234, 16);
        w.Reset();
        Assert.Equal(0, w.BitLength);
        w.WriteBits(0x5, 4);
        w.AlignWithZeros();
        Assert.Equal(new byte[] { 0x50 }, w.ToArray());
    }

    [Fact]
    public void WriteUe_MaxValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitWriter().WriteUe(uint.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitWriter().WriteBits(0, 33));
    }
}
