using Vms.Rtsp.Media;

namespace Vms.Rtsp.Tests.Media;

public class AnnexBTests
{
    [Fact]
    public void Split_MixedStartCodesAndTrailingZeros_ReturnsNalUnits()
    {
        byte[] stream = [0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 0, 1, 0x65, 4, 5, 0, 0];

        var nals = AnnexB.Split(stream);

        Assert.Equal(3, nals.Count);
        Assert.Equal(new byte[] { 0x67, 1, 2 }, nals[0].ToArray());
        Assert.Equal(new byte[] { 0x68, 3 }, nals[1].ToArray());
        Assert.Equal(new byte[] { 0x65, 4, 5 }, nals[2].ToArray());
    }

    [Fact]
    public void JoinThenSplit_FfmpegStream_RoundTrips()
    {
        var nals = MediaFixtures.NalUnits("h264_high_1920x1080_12fps.h264");

        var again = AnnexB.Split(AnnexB.Join(nals));

        Assert.Equal(nals.Count, again.Count);
        for (var i = 0; i < nals.Count; i++)
        {
            Assert.True(nals[i].Span.SequenceEqual(again[i].Span));
        }
    }

    [Fact]
    public void LengthPrefixed_RoundTripsAndRejectsOverrun()
    {
        ReadOnlyMemory<byte>[] nals = [new byte[] { 0x65, 1, 2, 3 }, new byte[] { 0x41 }];

        var sample = AnnexB.ToLengthPrefixed(nals);

        Assert.Equal(4 + 4 + 4 + 1, sample.Length);
        Assert.True(AnnexB.TrySplitLengthPrefixed(sample, 4, out var back));
        Assert.Equal(2, back.Count);
        Assert.Equal(nals[0].ToArray(), back[0].ToArray());
        Assert.False(AnnexB.TrySplitLengthPrefixed(sample.AsMemory(0, sample.Length - 1), 4, out _));
        Assert.False(AnnexB.TrySplitLengthPrefixed(sample, 3, out _));
    }

    [Fact]
    public void Split_NoStartCode_ReturnsWholeBuffer()
    {
        Assert.Single(AnnexB.Split(new byte[] { 0x65, 1 }));
        Assert.Empty(AnnexB.Split(ReadOnlyMemory<byte>.Empty));
    }
}
