using System.Text;
using Vms.Rtsp.Sdp;

namespace Vms.Rtsp.Tests.Sdp;

public class SdpReaderTests
{
    [Fact]
    public void Parse_Rfc8866Example_ReadsEveryLine()
    {
        const string text = "v=0\r\no=jdoe 3724394400 3724394405 IN IP4 198.51.100.1\r\ns=Call to John Smith\r\n" +
            "i=SDP Offer #1\r\nu=http://www.jdoe.example.com/home.html\r\ne=Jane Doe <jane@jdoe.example.com>\r\n" +
            "p=+1 617 555-6011\r\nc=IN IP4 198.51.100.1\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n" +
            "m=audio 49180 RTP/AVP 0\r\nm=video 51372 RTP/AVP 99\r\nc=IN IP6 2001:db8::2\r\na=rtpmap:99 h263-1998/90000\r\n";

        var sdp = SdpReader.Parse(text);

        Assert.Equal(new SdpOrigin("jdoe", "3724394400", "3724394405", "IN", "IP4", "198.51.100.1"), sdp.Origin);
        Assert.Equal("Call to John Smith", sdp.SessionName);
        Assert.Equal("SDP Offer #1", sdp.Information);
        Assert.Equal("http://www.jdoe.example.com/home.html", sdp.Uri);
        Assert.Equal(["Jane Doe <jane@jdoe.example.com>"], sdp.Emails);
        Assert.Equal(["+1 617 555-6011"], sdp.Phones);
        Assert.Equal(3, sdp.Media.Count);
        Assert.Equal(49180, sdp.Media[1].Port);
        Assert.Equal(new SdpConnection("IN", "IP6", "2001:db8::2"), Assert.Single(sdp.Media[2].Connections));
        Assert.Equal(new SdpRtpMap(99, "h263-1998", 90000), sdp.Media[2].GetRtpMap("99"));
        Assert.Equal(text, SdpWriter.Write(sdp));
    }

    [Fact]
    public void Parse_CrOnlyUpperCaseTypesAndBom_Tolerated()
    {
        var sdp = SdpReader.Parse("\uFEFFV=0\rO=- 1 1 IN IP4 1.2.3.4\rM=video 0/2 RTP/AVP 96\rA=rtpmap:96 H264/90000\r");

        Assert.Equal("1.2.3.4", sdp.Origin.Address);
        Assert.Equal(2, sdp.Media[0].PortCount);
        Assert.NotNull(sdp.Media[0].GetRtpMap("96"));
    }

    [Fact]
    public void Parse_FmtpWithSpacesAndBase64Padding_SplitAtFirstEquals()
    {
        var sdp = SdpReader.Parse("m=video 0 RTP/AVP 96\na=fmtp:96 a=1; sprop-parameter-sets=Z0I=,aM4=;  x ;\n");

        var fmtp = sdp.Media[0].GetFormatParameters("96")!;
        Assert.Equal("Z0I=,aM4=", fmtp["SPROP-PARAMETER-SETS"]);
        Assert.Equal(string.Empty, fmtp["x"]);
        Assert.Equal("96 a=1;sprop-parameter-sets=Z0I=,aM4=;x", fmtp.ToString());
    }

    [Theory]
    [InlineData("m=video 0\r\n")]
    [InlineData("m=\r\n")]
    public void Parse_BrokenMediaLine_FormatExceptionWithLine(string text)
    {
        var e = Assert.Throws<SdpFormatException>(() => SdpReader.Parse("v=0\r\n" + text));

        Assert.Equal(2, e.LineNumber);
    }

    [Fact]
    public void Parse_OverCaps_FormatException()
    {
        var options = new SdpReaderOptions { MaxBytes = 1000, MaxLines = 10, MaxMedia = 2, MaxAttributesPerSection = 3, MaxLineLength = 100 };

        Assert.Throws<SdpFormatException>(() => SdpReader.Parse(new string('a', 1001), options));
        Assert.Throws<SdpFormatException>(() => SdpReader.Parse(Encoding.UTF8.GetBytes(new string('a', 1001)), options));
        Assert.Throws<SdpFormatException>(() => SdpReader.Parse(string.Concat(Enumerable.Repeat("a=x\n", 11)), options));
        Assert.Throws<SdpFormatException>(() => SdpReader.Parse(string.Concat(Enumerable.Repeat("m=video 0 RTP/AVP 96\n", 3)), options));
        Assert.Throws<SdpFormatException>(() => SdpReader.Parse(string.Concat(Enumerable.Repeat("a=x\n", 4)), options));
        Assert.Throws<SdpFormatException>(() => SdpReader.Parse("i=" + new string('x', 101), options));
        Assert.False(SdpReader.TryParse(new string('a', 1001), out _, out var error, options));
        Assert.Contains("exceeds", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DefaultCaps_AcceptNearly64KiB()
    {
        var sb = new StringBuilder("v=0\r\n");
        var lines = 0;
        while (sb.Length < 60_000)
        {
            sb.Append("a=x-pad:").Append('p', 200).Append("\r\n");
            lines++;
        }

        Assert.Equal(lines, SdpReader.Parse(sb.ToString()).Attributes.Count);
    }
}
