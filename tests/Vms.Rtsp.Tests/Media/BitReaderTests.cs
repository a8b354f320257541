using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class BitReaderTests
{
    [Fact]
    public void ReadBits_AcrossBytes_ReadsMostSignificantFirst()
    {
        var r = new BitReader([0b1010_1100, 0b0101_0011, 0xFF, 0x00, 0x12]);
        Assert.Equal(0b101u, r.ReadBits(3));
        Assert.Equal(0b0_1100_0101u, r.ReadBits(9));
        Assert.Equal(0b0011_1111_1111_0000_0000_0001u, r.ReadBits(24));
        Assert.Equal(36, r.BitPosition);
        Assert.Equal(4, r.BitsRemaining);
        Assert.False(r.HasError);
    }

    [Fact]
    public void ReadBits_ThirtyTwo_ReadsWholeWordUnaligned()
    {
        var r = new BitReader([0x0F, 0xFF, 0xFF, 0xFF, 0xF0]);
        r.SkipBits(4);
        Assert.Equal(uint.MaxValue, r.ReadBits(32));
        Assert.False(r.HasError);
    }

    [Theory]
    [InlineData("80", 0u)] // 1
    [InlineData("40", 1u)] // 010
    [InlineData("60", 2u)] // 011
    [InlineData("20", 3u)] // 00100
    [InlineData("38", 6u)] // 00111
    [InlineData("10", 7u)] // 0001000
    [InlineData("008000", 255u)] // 8 zeros, then code 256 = 1 0000 0000
    [InlineData("00000001FFFFFFFE", 4294967294u)] // 31 zeros, then 32-bit code 0xFFFFFFFF
    public void ReadUe_KnownCodes_Decodes(string hex, uint expected)
    {
        var r = new BitReader(Convert.FromHexString(hex));
        Assert.Equal(expected, r.ReadUe());
        Assert.False(r.HasError);
    }

    [Fact]
    public void ReadSe_Sequence_MapsOddPositiveEvenNegative()
    {
        // codes for 0, 1, -1, 2, -2: 1 010 011 00100 00101 → 1010 0110 0100 0010 1(000)
        var r = new BitReader([0b1010_0110, 0b0100_0010, 0b1000_0000]);
        Assert.Equal(0, r.ReadSe());
        Assert.Equal(1, r.ReadSe());
        Assert.Equal(-1, r.ReadSe());
        Assert.Equal(2, r.ReadSe());
        Assert.Equal(-2, r.ReadSe());
        Assert.False(r.HasError);
    }

    [Fact]
    public void ReadBits_PastEnd_SetsOverrunAndReturnsZero()
    {
        var r = new BitReader([0xFF]);
        Assert.Equal(0u, r.ReadBits(9));
        Assert.True(r.IsOverrun);
        Assert.Equal(0u, r.ReadBit());
        Assert.Equal(0, r.BitsRemaining);
    }

    [Fact]
    public void ReadUe_AllZeros_SetsErrorWithoutLooping()
    {
        var r = new BitReader(new byte[64]);
        Assert.Equal(0u, r.ReadUe());
        Assert.True(r.IsInvalid);

        var shortData = new BitReader(new byte[2]);
        Assert.Equal(0u, shortData.ReadUe());
        Assert.True(shortData.IsOverrun);
    }

    [Fact]
    public void ReadUe_TruncatedSuffix_SetsOverrun()
    {
        var r = new BitReader([0b0000_0001]); // 7 zeros and the marker bit, but the 7 suffix bits are missing
        Assert.Equal(0u, r.ReadUe());
        Assert.True(r.IsOverrun);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 }, 0, false)]
    [InlineData(new byte[] { 0x40, 0x80 }, 0, true)]
    [InlineData(new byte[] { 0x40, 0x80 }, 8, false)]
    [InlineData(new byte[] { 0x40, 0x80, 0x00 }, 7, true)]
    public void HasMoreRbspData_FindsTheStopBit(byte[] data, int skip, bool expected)
    {
        var r = new BitReader(data);
        r.SkipBits(skip);
        Assert.Equal(expected, r.HasMoreRbspData());
    }

    [Fact]
    public void ReadBits_CountOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            var r = new BitReader([1, 2, 3, 4, 5]);
            r.ReadBits(33);
        });
    }
}
