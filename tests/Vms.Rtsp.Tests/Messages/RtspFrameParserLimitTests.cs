using System.Buffers;
using System.Text;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

public class RtspFrameParserLimitTests
{
    [Fact]
    public void TryParse_HeaderBlockOverLimit_Is431()
    {
        var text = "OPTIONS * RTSP/1.0\r\nCSeq: 1\r\nX-Pad: " + new string('a', 8200) + "\r\n\r\n";

        Assert.Equal(["ERROR 431"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void TryParse_HeaderBlockOverLimitWithoutEnd_Is431BeforeTheEndArrives()
    {
        var text = "OPTIONS * RTSP/1.0\r\n" + string.Concat(Enumerable.Repeat("X-Pad: " + new string((char)0x61, 90) + "\r\n", 90));
        var data = Encoding.ASCII.GetBytes(text);
        Assert.True(data.Length < RtspParserOptions.Default.MaxHeaderBytes + 1000);

        Assert.Equal(["ERROR 431"], FrameCollector.ParseAll(data[..8192]));
        Assert.Empty(FrameCollector.ParseAll(data[..8191]));
    }

    [Fact]
    public void TryParse_HeaderBlockExactlyAtLimit_Accepted()
    {
        const string head = "OPTIONS * RTSP/1.0\r\nX-Pad: ";
        var pad = RtspParserOptions.Default.MaxHeaderBytes - head.Length - 4;
        var text = head + new string('b', pad) + "\r\n\r\n";
        Assert.Equal(RtspParserOptions.Default.MaxHeaderBytes, text.Length);

        Assert.Equal([text], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(text)));
        Assert.Equal(["ERROR 431"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(head + "b" + text[head.Length..])));
    }

    [Fact]
    public void TryParse_MoreThan100Headers_Is431()
    {
        string Message(int headers) =>
            "OPTIONS * RTSP/1.0\r\n" + string.Concat(Enumerable.Range(0, headers).Select(i => $"X-H{i}: v\r\n")) + "\r\n";

        Assert.Single(FrameCollector.ParseAll(Encoding.ASCII.GetBytes(Message(100))), f => f.StartsWith("OPTIONS", StringComparison.Ordinal));
        Assert.Equal(["ERROR 431"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(Message(101))));
    }

    [Fact]
    public void TryParse_ContentLengthOverLimit_Is413WithoutWaitingForTheBody()
    {
        var text = "ANNOUNCE rtsp://c/x RTSP/1.0\r\nCSeq: 1\r\nContent-Length: 65537\r\n\r\nv=0";

        Assert.Equal(["ERROR 413"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void TryParse_BodyAtLimit_Accepted()
    {
        var body = new string('x', 65536);
        var text = $"ANNOUNCE rtsp://c/x RTSP/1.0\r\nContent-Length: {body.Length}\r\n\r\n{body}";

        Assert.Equal([text], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void TryParse_CustomLimits_Applied()
    {
        var parser = new RtspFrameParser(new RtspParserOptions { MaxBodyBytes = 4, MaxHeaderCount = 1 });

        Assert.Equal(["ERROR 413"], FrameCollector.ParseAll(parser, Seq("SET_PARAMETER * RTSP/1.0\r\nContent-Length: 5\r\n\r\nabcde"), out _));
        Assert.Equal(["ERROR 431"], FrameCollector.ParseAll(parser, Seq("OPTIONS * RTSP/1.0\r\nA: 1\r\nB: 2\r\n\r\n"), out _));
    }

    [Fact]
    public void TryParse_LongRequestLine_Is414()
    {
        var uri = "rtsp://cam/" + new string('p', 5000);

        Assert.Equal(["ERROR 414"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes($"DESCRIBE {uri} RTSP/1.0\r\n\r\n")));
        Assert.Equal(["ERROR 414"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes($"DESCRIBE {uri}")));
    }

    [Theory]
    [InlineData("RTSP/2.0 200 OK\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/2.0\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.1\r\n\r\n")]
    public void TryParse_OtherVersion_Is505(string text) =>
        Assert.Equal(["ERROR 505"], FrameCollector.ParseAll(Encoding.ASCII.GetBytes(text)));

    [Theory]
    [InlineData("OPTIONS * HTTP/1.1\r\n\r\n")]
    [InlineData("OPTIONS *\r\n\r\n")]
    [InlineData("OPTIONS\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0 extra\r\n\r\n")]
    [InlineData("OPT(IONS * RTSP/1.0\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\nNoColon\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\n: empty-name\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\nBad Name: x\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\nContent-Length: -1\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\nContent-Length: 12a\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\nContent-Length: 99999999999\r\n\r\n")]
    [InlineData("OPTIONS * RTSP/1.0\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")]
    [InlineData("OPTIONS * RTSP/1.0\r\nX: a\rb\r\n\r\n")]
    [InlineData("RTSP/1.0 2000 OK\r\n\r\n")]
    [InlineData("RTSP/1.0 20 OK\r\n\r\n")]
    [InlineData("RTSP/1.0 099 Low\r\n\r\n")]
    [InlineData("RTSP/1.x 200 OK\r\n\r\n")]
    [InlineData("RTSP/1.0\r\n\r\n")]
    [InlineData("\u0001\u0002garbage")]
    [InlineData("GET / HTTP/1.1\r\n\r\n")]
    [InlineData("{\"json\": true}")]
    public void TryParse_Malformed_Is400(string text) =>
        Assert.Equal(["ERROR 400"], FrameCollector.ParseAll(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void TryParse_BinaryWithoutDollar_Is400Immediately()
    {
        byte[] rtp = [0x80, 0x60, 0x12, 0x34, 0, 0, 0, 1];

        Assert.Equal(["ERROR 400"], FrameCollector.ParseAll(rtp));
    }

    [Fact]
    public void TryParse_SameContentLengthTwice_Accepted()
    {
        var text = "SET_PARAMETER * RTSP/1.0\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab";

        var status = RtspFrameParser.Default.TryParse(Seq(text), out _, out _, out var frame);

        Assert.Equal(RtspParseStatus.Complete, status);
        Assert.Equal("ab", frame.Message!.BodyText);
    }

    [Fact]
    public void Constructor_InconsistentOptions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RtspFrameParser(new RtspParserOptions { MaxHeaderBytes = 100, MaxStartLineBytes = 200 }));

    private static ReadOnlySequence<byte> Seq(string text) => new(Encoding.ASCII.GetBytes(text));
}
