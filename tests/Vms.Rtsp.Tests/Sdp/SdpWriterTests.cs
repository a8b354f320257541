using Vms.Rtsp.Headers;
using Vms.Rtsp.Media;
using Vms.Rtsp.Sdp;

namespace Vms.Rtsp.Tests.Sdp;

public class SdpWriterTests
{
    private static readonly byte[] Sps = Convert.FromBase64String("Z2QADKzZQUH7ARAAAAMAEAAAAwGA8UKZYA==");
    private static readonly byte[] Pps = Convert.FromBase64String("aOvjyyLA");

    [Fact]
    public void Describe_LiveTracks_ExactText()
    {
        var tracks = new[]
        {
            new SdpTrackDescription(new MediaTrack(0, new H264Parameters(Sps, Pps)), 96, OnvifTrackToken: "VIDEO001"),
            new SdpTrackDescription(new MediaTrack(1, new AacParameters([0x14, 0x08], 16000, 1)), 97),
            new SdpTrackDescription(new MediaTrack(2, new G711Parameters(false)), 0),
            new SdpTrackDescription(new MediaTrack(3, new OnvifMetadataParameters()), 107),
        };

        var text = SdpWriter.Write(SdpMediaMapper.Describe(tracks, new SdpDescribeOptions { OriginAddress = "10.0.0.2", SessionId = "42" }));

        Assert.Equal(
            "v=0\r\no=- 42 0 IN IP4 10.0.0.2\r\ns=Vms\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\na=tool:Vms\r\na=control:*\r\na=range:npt=now-\r\n" +
            "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n" +
            "a=fmtp:96 packetization-mode=1;profile-level-id=64000C;sprop-parameter-sets=Z2QADKzZQUH7ARAAAAMAEAAAAwGA8UKZYA==,aOvjyyLA\r\n" +
            "a=control:trackID=0\r\na=x-onvif-track:VIDEO001\r\n" +
            "m=audio 0 RTP/AVP 97\r\na=rtpmap:97 mpeg4-generic/16000/1\r\n" +
            "a=fmtp:97 streamtype=5;profile-level-id=1;mode=AAC-hbr;sizelength=13;indexlength=3;indexdeltalength=3;config=1408\r\n" +
            "a=control:trackID=1\r\n" +
            "m=audio 0 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=control:trackID=2\r\n" +
            "m=application 0 RTP/AVP 107\r\na=rtpmap:107 vnd.onvif.metadata/90000\r\na=control:trackID=3\r\n",
            text);
    }

    [Fact]
    public void Describe_ThenReadTracks_SameCodecParametersAndControls()
    {
        var h265 = new H265Parameters([0x40, 0x01, 0x0C], [0x42, 0x01, 0x01], [0x44, 0x01]);
        var tracks = new[]
        {
            new SdpTrackDescription(new MediaTrack(0, h265), 96),
            new SdpTrackDescription(new MediaTrack(1, new AacParameters(Convert.FromHexString("119056E500"), 48000, 2)), 97),
            new SdpTrackDescription(new MediaTrack(2, new G711Parameters(true, 8000, 2)), 98),
            new SdpTrackDescription(new MediaTrack(3, new H264Parameters([], [])), 99),
        };
        var range = RangeHeader.Clock(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 1, 11, 0, 0, TimeSpan.Zero));

        var sdp = SdpReader.Parse(SdpWriter.Write(SdpMediaMapper.Describe(tracks, new SdpDescribeOptions { Range = range })));
        var mapping = SdpMediaMapper.ReadTracks(sdp, "rtsp://vms:8554/recordings/cam1?from=x");

        Assert.Equal(tracks.Select(t => t.Track.Parameters), mapping.Tracks.Select(t => t.Track.Parameters));
        Assert.Equal(tracks.Select(t => t.PayloadType), mapping.Tracks.Select(t => t.PayloadType));
        Assert.Equal("rtsp://vms:8554/recordings/cam1?from=x/trackID=2", mapping.Tracks[2].Track.Control);
        Assert.Equal("clock=20260701T100000Z-20260701T110000Z", sdp.GetAttribute("range"));
        Assert.Equal("rtsp://vms:8554/recordings/cam1?from=x", mapping.AggregateControl);
    }

    [Fact]
    public void Write_SectionsOutOfOrderInModel_WrittenInRfcOrder()
    {
        var sdp = new SessionDescription { SessionName = "", Information = "info", Uri = "http://x/", TimeZones = "0 0", EncryptionKey = "prompt" };
        sdp.Attributes.Add(new("recvonly"));
        sdp.Phones.Add("+33 1 23 45 67 89");
        sdp.Emails.Add("ops@example.fr");
        sdp.Bandwidths.Add(new("AS", 128));
        var timing = new SdpTiming(3_000_000_000, 3_000_003_600);
        timing.Repeats.Add("604800 3600 0 90000");
        sdp.Timings.Add(timing);
        sdp.Connection = new("IN", "IP4", "224.2.17.12/127");
        var media = new SdpMedia("audio", 49170, "RTP/AVP", ["0"]) { Information = "voice", EncryptionKey = "clear:x" };
        media.Attributes.Add(new("ptime", "20"));
        media.Bandwidths.Add(new("TIAS", 64000));
        media.Connections.Add(new("IN", "IP4", "224.2.17.13/127"));
        sdp.Media.Add(media);

        var types = SdpWriter.Write(sdp).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l[0]);

        Assert.Equal("vosiuepcbtrzkamicbka", string.Concat(types));
    }

    [Theory]
    [InlineData("bad\r\nline")]
    [InlineData("nul\0")]
    public void Write_LineBreakInValue_Throws(string value)
    {
        var sdp = new SessionDescription { Information = value };

        Assert.Throws<ArgumentException>(() => SdpWriter.Write(sdp));
    }

    [Fact]
    public void Write_SpaceInOriginField_Throws()
    {
        var sdp = new SessionDescription { Origin = new SdpOrigin(Username: "two words") };

        Assert.Throws<ArgumentException>(() => SdpWriter.Write(sdp));
    }
}
