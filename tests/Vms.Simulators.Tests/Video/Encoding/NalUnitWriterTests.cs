using Vms.Simulators.Video.Encoding;

namespace Vms.Simulators.Tests.Video.Encoding;

public sealed class NalUnitWriterTests
{
    [Theory]
    [InlineData(new byte[] { 0, 0, 0 }, new byte[] { 0, 0, 3, 0 })]
    [InlineData(new byte[] { 0, 0, 1 }, new byte[] { 0, 0, 3, 1 })]
    [InlineData(new byte[] { 0, 0, 2 }, new byte[] { 0, 0, 3, 2 })]
    [InlineData(new byte[] { 0, 0, 3 }, new byte[] { 0, 0, 3, 3 })]
    [InlineData(new byte[] { 0, 0, 4 }, new byte[] { 0, 0, 4 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0 }, new byte[] { 0, 0, 3, 0, 0, 3, 0 })]
    [InlineData(new byte[] { 1, 0, 0, 1, 0, 0, 2, 9 }, new byte[] { 1, 0, 0, 3, 1, 0, 0, 3, 2, 9 })]
    [InlineData(new byte[] { 0, 0 }, new byte[] { 0, 0 })]
    [InlineData(new byte[] { 0, 1, 0, 2 }, new byte[] { 0, 1, 0, 2 })]
    public void Create_InsertsEmulationPrevention(byte[] rbsp, byte[] payload)
    {
        var nal = NalUnitWriter.Create(3, 5, rbsp);

        Assert.Equal(0x65, nal[0]);
        Assert.Equal(payload, nal[1..]);
    }

    /// <summary>Zero-heavy random RBSPs: the payload never holds a start-code prefix and unescapes to the original (seeded).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Create_RandomZeroHeavy_NoStartCodeAndRoundTrips(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var rbsp = new byte[random.Next(0, 300)];
            for (var i = 0; i < rbsp.Length; i++)
            {
                rbsp[i] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)random.Next(4);
            }

            var payload = NalUnitWriter.Create(2, 1, rbsp)[1..];

            for (var i = 0; i + 2 < payload.Length; i++)
            {
                Assert.False(payload[i] == 0 && payload[i + 1] == 0 && payload[i + 2] <= 2, $"start code prefix at {i}");
            }

            Assert.Equal(rbsp, RbspReader.Unescape(payload));
            Assert.Equal(payload.Length - rbsp.Length, NalUnitWriter.CountEmulationBytes(rbsp));
        }
    }
}
