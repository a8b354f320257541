using Vms.Simulators.Video.Encoding;

namespace Vms.Simulators.Tests.Video.Encoding;

/// <summary>CAVLC residual blocks against codes worked out by hand from H.264 §9.2 (Tables 9-5, 9-7, 9-9a, 9-10).</summary>
public sealed class CavlcWriterTests
{
    [Theory]
    [InlineData(0, 0, "1")]
    [InlineData(0, 3, "11")]
    [InlineData(0, 5, "1111")]
    [InlineData(0, 8, "000011")]
    [InlineData(0, 16, "000011")]
    [InlineData(2, 0, "000101" + "1" + "1")] // level 2: levelCode 2 − 2 = 0
    [InlineData(-2, 0, "000101" + "01" + "1")]
    [InlineData(1, 0, "01" + "0" + "1")] // a trailing one: sign bit only
    [InlineData(-1, 8, "000001" + "1" + "1")]
    [InlineData(2, 8, "000000" + "1" + "1")]
    [InlineData(8, 0, "000101" + "0000000000001" + "1")] // levelCode 12: prefix 12
    [InlineData(9, 0, "000101" + "000000000000001" + "0000" + "1")] // levelCode 14: prefix 14 + 4-bit suffix
    [InlineData(20, 0, "000101" + "0000000000000001" + "000000000110" + "1")] // levelCode 36: escape
    [InlineData(-510, 16, "000000" + "0000000000000001" + "001111011011" + "1")] // levelCode 1019 − 2 − 30 = 987
    public void WriteSingleCoefficientBlock_KnownCodes(int level, int nC, string bits)
    {
        Assert.Equal(bits, Bits(w => CavlcWriter.WriteSingleCoefficientBlock(w, level, nC)));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0 }, "01")]
    [InlineData(new[] { 1, 0, 0, 0 }, "1" + "0" + "1")]
    [InlineData(new[] { 0, 0, 0, -1 }, "1" + "1" + "000")]
    [InlineData(new[] { 5, 0, 1, -1 }, "0000010" + "10" + "0000001" + "0" + "1" + "0")]
    [InlineData(new[] { 1, 1, 1, 1 }, "0000000" + "000" + "1")]
    [InlineData(new[] { 3, 0, 0, 10 }, "000100" + "000000000000001" + "0010" + "01" + "00" + "00" + "00")]
    [InlineData(new[] { 0, 2, 0, 0 }, "000111" + "1" + "01")] // level 2 reduced to levelCode 0; total_zeros 1
    public void WriteChromaDcBlock_KnownCodes(int[] coefficients, string bits)
    {
        Assert.Equal(bits, Bits(w => CavlcWriter.WriteChromaDcBlock(w, coefficients)));
    }

    [Fact]
    public void WriteChromaDcBlock_WrongLength_Refused()
    {
        var w = new BitWriter();
        Assert.Throws<ArgumentException>(() => CavlcWriter.WriteChromaDcBlock(w, new int[3]));
    }

    [Fact]
    public void WriteLevel_BeyondEscapeRange_Refused()
    {
        var w = new BitWriter();
        var suffixLength = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => CavlcWriter.WriteLevel(w, 5000, ref suffixLength, firstAfterFewerThanThreeTrailingOnes: false));
    }

    private static string Bits(Action<BitWriter> write)
    {
        var w = new BitWriter();
        write(w);
        var count = (int)w.BitLength;
        w.AlignWithZeros();
        return string.Concat(w.WrittenSpan.ToArray().Select(b => Convert.ToString(b, 2).PadLeft(8, '0')))[..count];
    }
}
