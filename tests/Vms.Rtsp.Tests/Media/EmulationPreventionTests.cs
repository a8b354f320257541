using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class EmulationPreventionTests
{
    [Theory]
    [InlineData("00 00 03 01", "00 00 01")]
    [InlineData("00 00 03 00 00 03 00", "00 00 00 00 00")]
    [InlineData("67 42 00 03 00 00 03 02", "67 42 00 03 00 00 02")]
    [InlineData("00 00 03", "00 00")]
    [InlineData("AB CD", "AB CD")]
    public void Remove_EscapedNal_YieldsRbsp(string nal, string rbsp)
    {
        Assert.Equal(Convert.FromHexString(rbsp.Replace(" ", "")), EmulationPrevention.Remove(Convert.FromHexString(nal.Replace(" ", ""))));
    }

    [Theory]
    [InlineData("00 00 01", "00 00 03 01")]
    [InlineData("00 00 00 00 00", "00 00 03 00 00 03 00")]
    [InlineData("00 00 04", "00 00 04")]
    [InlineData("12 00 00", "12 00 00 03")]
    public void Insert_Rbsp_EscapesStartCodePrefixes(string rbsp, string nal)
    {
        var input = Convert.FromHexString(rbsp.Replace(" ", ""));
        var expected = Convert.FromHexString(nal.Replace(" ", ""));
        Assert.Equal(expected, EmulationPrevention.Insert(input));
        Assert.Equal(expected.Length, EmulationPrevention.InsertedLength(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void InsertThenRemove_RandomZeroHeavyData_RoundTrips(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var data = new byte[random.Next(0, 300)];
            for (var i = 0; i < data.Length; i++)
            {
                // mostly zeros and small values, where escapes happen
                data[i] = (byte)(random.Next(4) == 0 ? random.Next(256) : random.Next(4));
            }

            var escaped = EmulationPrevention.Insert(data);
            Assert.False(ContainsStartCodePrefix(escaped), "an escaped NAL unit must not contain 00 00 0x (x ≤ 2)");
            Assert.Equal(data, EmulationPrevention.Remove(escaped));
        }
    }

    [Fact]
    public void Remove_DestinationTooSmall_Throws()
    {
        Assert.Throws<ArgumentException>(() => EmulationPrevention.Remove(new byte[4], new byte[3]));
    }

    [Fact]
    public void ContainsEscape_DetectsOnlyEscapes()
    {
        Assert.True(EmulationPrevention.ContainsEscape(new byte[] { 1, 0, 0, 3, 1 }));
        Assert.False(EmulationPrevention.ContainsEscape(new byte[] { 0, 3, 0, 0, 4 }));
    }

    private static bool ContainsStartCodePrefix(byte[] data)
    {
        for (var i = 0; i + 2 < data.Length; i++)
        {
            if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] <= 2)
            {
                return true;
            }
        }

        return false;
    }
}
