using Vms.Rtsp.Headers;

namespace Vms.Rtsp.Tests.Headers;

public class RtpInfoHeaderTests
{
    [Fact]
    public void TryParse_TwoStreams_ReadsUrlSeqAndRtpTime()
    {
        const string text = "url=rtsp://cam/s/trackID=0;seq=45102;rtptime=12345678,url=rtsp://cam/s/trackID=1;seq=30211;rtptime=2890";

        Assert.True(RtpInfoHeader.TryParse(text, out var header));

        Assert.Equal(
            [new RtpInfoEntry("rtsp://cam/s/trackID=0", 45102, 12345678), new RtpInfoEntry("rtsp://cam/s/trackID=1", 30211, 2890)],
            header.Entries);
        Assert.Equal(text, header.Format());
    }

    [Fact]
    public void TryParse_UrlWithQueryCommaAndSemicolon_KeptWhole()
    {
        const string text = "url=rtsp://10.0.0.9/cam/realmonitor?channel=1&subtype=0,x;y=2/trackID=0;seq=1, url=\"rtsp://h/a\";rtptime=7";

        Assert.True(RtpInfoHeader.TryParse(text, out var header));

        Assert.Equal("rtsp://10.0.0.9/cam/realmonitor?channel=1&subtype=0,x;y=2/trackID=0", header.Entries[0].Url);
        Assert.Equal((ushort)1, header.Entries[0].Sequence);
        Assert.Equal(new RtpInfoEntry("rtsp://h/a", null, 7), header.Entries[1]);
    }

    [Fact]
    public void TryParse_BadNumbers_Dropped()
    {
        Assert.True(RtpInfoHeader.TryParse("url=rtsp://h/a;seq=70000;rtptime=-1", out var header));

        Assert.Equal(new RtpInfoEntry("rtsp://h/a"), header.Entries[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("seq=1;rtptime=2")]
    [InlineData("url=;seq=1")]
    public void TryParse_Invalid_False(string text) => Assert.False(RtpInfoHeader.TryParse(text, out _));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void FormatThenParse_Random_IsIdentity(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 50; i++)
        {
            var header = new RtpInfoHeader([.. Enumerable.Range(0, random.Next(1, 4)).Select(n => new RtpInfoEntry(
                $"rtsp://10.0.0.{random.Next(256)}/live?ch={random.Next(9)}/trackID={n}",
                random.Next(2) == 0 ? null : (ushort)random.Next(65536),
                random.Next(2) == 0 ? null : (uint)random.NextInt64(0, uint.MaxValue + 1L)))]);

            Assert.True(RtpInfoHeader.TryParse(header.Format(), out var parsed));

            Assert.Equal(header, parsed);
        }
    }
}
