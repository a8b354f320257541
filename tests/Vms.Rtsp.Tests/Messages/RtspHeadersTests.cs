using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

public class RtspHeadersTests
{
    [Fact]
    public void Get_AnyCase_FindsFirstValue()
    {
        var headers = new RtspHeaders { { "Session", "a" }, { "SESSION", "b" } };

        Assert.Equal("a", headers["session"]);
        Assert.Equal(["a", "b"], headers.GetValues("sEsSiOn"));
        Assert.True(headers.Contains("SESSION"));
    }

    [Fact]
    public void Set_ReplacesEveryLineAtTheFirstPosition()
    {
        var headers = new RtspHeaders { { "A", "1" }, { "B", "2" }, { "a", "3" }, { "C", "4" } };

        headers.Set("A", "x");

        Assert.Equal([new("A", "x"), new("B", "2"), new KeyValuePair<string, string>("C", "4")], headers.ToList());
    }

    [Fact]
    public void TypedAccessors_ReadAndWriteNumbersAndStrings()
    {
        var headers = new RtspHeaders { CSeq = 7, ContentLength = 12, ContentBase = "rtsp://cam/s/", Session = "abc;timeout=60" };

        Assert.Equal(7, headers.CSeq);
        Assert.Equal("12", headers["content-length"]);
        Assert.Equal(12, headers.ContentLength);
        Assert.Equal("rtsp://cam/s/", headers.ContentBase);
        Assert.Equal("abc;timeout=60", headers.Session);

        headers.CSeq = null;
        Assert.False(headers.Contains("CSeq"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("")]
    public void CSeq_Invalid_IsNull(string value) => Assert.Null(new RtspHeaders { { "CSeq", value } }.CSeq);

    [Fact]
    public void Remove_RemovesEveryLine()
    {
        var headers = new RtspHeaders { { "A", "1" }, { "a", "2" }, { "B", "3" } };

        Assert.True(headers.Remove("A"));
        Assert.False(headers.Remove("A"));
        Assert.Equal(1, headers.Count);
    }

    [Fact]
    public void ReasonPhrase_KnownAndUnknownCodes()
    {
        Assert.Equal("Request Header Fields Too Large", RtspStatusCodes.GetReasonPhrase(431));
        Assert.Equal("Aggregate operation not allowed", RtspStatusCodes.GetReasonPhrase(459));
        Assert.Equal("Option not supported", RtspStatusCodes.GetReasonPhrase(551));
        Assert.Equal("RTSP Version not supported", RtspStatusCodes.GetReasonPhrase(505));
        Assert.Equal("Client Error", RtspStatusCodes.GetReasonPhrase(499));
    }
}
