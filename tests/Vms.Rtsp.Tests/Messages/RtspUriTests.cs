using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Messages;

public class RtspUriTests
{
    /// <summary>RFC 3986 §5.4.1 and §5.4.2 (base <c>http://a/b/c/d;p?q</c>).</summary>
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    public void UriReferenceResolve_Rfc3986Examples_Match(string reference, string expected)
    {
        var target = UriReference.Parse("http://a/b/c/d;p?q").Resolve(UriReference.Parse(reference));

        Assert.Equal(expected, target.ToString());
    }

    [Theory]
    [InlineData("rtsp://cam/stream/", "trackID=1", "rtsp://cam/stream/trackID=1")]
    [InlineData("rtsp://cam/stream", "trackID=1", "rtsp://cam/stream/trackID=1")]
    [InlineData("rtsp://cam:554/Streaming/Channels/101", "trackID=1", "rtsp://cam:554/Streaming/Channels/101/trackID=1")]
    [InlineData("rtsp://cam/stream/", "rtsp://other/x/track1", "rtsp://other/x/track1")]
    [InlineData("rtsp://cam/stream/", "RTSP://other/x", "RTSP://other/x")]
    [InlineData("rtsp://cam/stream/", "*", "rtsp://cam/stream/")]
    [InlineData("rtsp://cam/stream", "", "rtsp://cam/stream")]
    [InlineData("rtsp://cam/stream", null, "rtsp://cam/stream")]
    [InlineData("rtsp://cam/a/b", "/root/track", "rtsp://cam/root/track")]
    [InlineData("rtsp://cam/a/b", "../c", "rtsp://cam/c")]
    [InlineData("rtsp://cam:554", "track1", "rtsp://cam:554/track1")]
    [InlineData("rtsp://10.0.0.9:554/cam/realmonitor?channel=1&subtype=0/", "trackID=0", "rtsp://10.0.0.9:554/cam/realmonitor?channel=1&subtype=0/trackID=0")]
    [InlineData("rtsp://10.0.0.9/cam/realmonitor?channel=1&subtype=0", "trackID=1", "rtsp://10.0.0.9/cam/realmonitor?channel=1&subtype=0/trackID=1")]
    [InlineData("rtsp://user:pa%40ss@cam/live.sdp", "track1", "rtsp://user:pa%40ss@cam/live.sdp/track1")]
    public void Resolve_RtspCases_AsCamerasExpect(string baseUri, string? control, string expected) =>
        Assert.Equal(expected, RtspUri.Resolve(baseUri, control));

    [Fact]
    public void TrySplitUserInfo_EncodedCredentials_Decoded()
    {
        Assert.True(RtspUri.TrySplitUserInfo("rtsp://admin:p%40ss%3Aw0rd@10.0.0.5:554/Streaming?x=1", out var uri, out var user, out var password));

        Assert.Equal("rtsp://10.0.0.5:554/Streaming?x=1", uri);
        Assert.Equal("admin", user);
        Assert.Equal("p@ss:w0rd", password);
        Assert.False(RtspUri.TrySplitUserInfo("rtsp://10.0.0.5/x", out var same, out _, out _));
        Assert.Equal("rtsp://10.0.0.5/x", same);
    }
}
