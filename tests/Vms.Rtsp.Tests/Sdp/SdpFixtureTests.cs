using Vms.Rtsp.Media;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Sdp;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Sdp;

/// <summary>The corpus in Fixtures/Sdp: two SDPs captured from ffmpeg 5.1 (its RTSP ANNOUNCE and its RTP muxer)
/// and camera-style SDPs written with the quirks those vendors are known for.</summary>
public class SdpFixtureTests
{
    public static TheoryData<string> AllFixtures =>
        [.. Directory.GetFiles(Fixtures.PathOf("Sdp"), "*.sdp").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void ReadTracks_HikvisionLike_AbsoluteControlsRecvonlyMetadata()
    {
        var mapping = Read("hikvision-like.sdp", "rtsp://192.168.1.64:554/Streaming/Channels/101/");

        Assert.Equal(3, mapping.Tracks.Count);
        var video = Assert.IsType<H264Parameters>(mapping.Tracks[0].Track.Parameters);
        Assert.Equal(7, video.Sps[0] & 0x1F);
        Assert.Equal(8, video.Pps[0] & 0x1F);
        Assert.Equal("rtsp://192.168.1.64:554/Streaming/Channels/101/trackID=1?transportmode=unicast", mapping.Tracks[0].Track.Control);
        Assert.Equal(96, mapping.Tracks[0].PayloadType);
        Assert.Equal(new G711Parameters(false), mapping.Tracks[1].Track.Parameters);
        Assert.Equal(0, mapping.Tracks[1].PayloadType);
        Assert.IsType<OnvifMetadataParameters>(mapping.Tracks[2].Track.Parameters);
        Assert.Equal(MediaKind.Application, mapping.Tracks[2].Track.Kind);
        Assert.Equal("rtsp://192.168.1.64:554/Streaming/Channels/101/?transportmode=unicast", mapping.AggregateControl);
        Assert.Empty(mapping.Skipped);
    }

    [Fact]
    public void ReadTracks_AxisLike_AacConfigDecodedAndQueryControls()
    {
        var mapping = Read("axis-like.sdp", "rtsp://192.168.0.90/axis-media/media.amp?videocodec=h264&resolution=1280x720");

        var aac = Assert.IsType<AacParameters>(mapping.Tracks[1].Track.Parameters);
        Assert.Equal(16000, aac.SampleRate);
        Assert.Equal(1, aac.Channels);
        Assert.Equal(new byte[] { 0x14, 0x08 }, aac.AudioSpecificConfig);
        Assert.Equal("13", mapping.Tracks[1].GetParameter("SIZELENGTH"));
        Assert.Equal("rtsp://192.168.0.90/axis-media/media.amp/stream=1?videocodec=h264&resolution=1280x720", mapping.Tracks[1].Track.Control);
        Assert.Equal(3, mapping.Tracks.Count);
    }

    [Fact]
    public void ReadTracks_DahuaLike_H265AndControlsUnderQueryBase()
    {
        var mapping = Read("dahua-like.sdp", "rtsp://192.168.1.108:554/cam/realmonitor?channel=1&subtype=0/");

        var hevc = Assert.IsType<H265Parameters>(mapping.Tracks[0].Track.Parameters);
        Assert.True(CodecParameterSets.IsComplete(hevc));
        Assert.Equal(32, (hevc.Vps[0] >> 1) & 0x3F);
        Assert.Equal("rtsp://192.168.1.108:554/cam/realmonitor?channel=1&subtype=0/trackID=0", mapping.Tracks[0].Track.Control);
        Assert.Equal(new G711Parameters(true, 16000), mapping.Tracks[1].Track.Parameters);
        Assert.Equal("rtsp://192.168.1.108:554/cam/realmonitor?channel=1&subtype=0/trackID=4", mapping.Tracks[2].Track.Control);
        Assert.Equal(2, mapping.Tracks[2].Track.Index);
        Assert.Equal("rtsp://192.168.1.108:554/cam/realmonitor?channel=1&subtype=0/", mapping.AggregateControl);
    }

    [Fact]
    public void ReadTracks_GenericMinimalLf_MissingSessionLinesDuplicatesAndUnpaddedBase64()
    {
        var sdp = SdpReader.Parse(Fixtures.Text("Sdp/generic-minimal-lf.sdp"));
        var mapping = SdpMediaMapper.ReadTracks(sdp, "rtsp://10.1.1.9/live");

        Assert.Equal("-", sdp.SessionName);
        Assert.Equal(2, sdp.Media[0].GetAttributes("control").Count());
        var h264 = Assert.IsType<H264Parameters>(mapping.Tracks[0].Track.Parameters);
        Assert.Equal(new byte[] { 0x68, 0xCB, 0x8C, 0xB2 }, h264.Pps);
        Assert.Equal("rtsp://10.1.1.9/live/track1", mapping.Tracks[0].Track.Control);
        Assert.Equal(new G711Parameters(false), mapping.Tracks[1].Track.Parameters);
        Assert.Equal("rtsp://10.1.1.9/live/track2", mapping.Tracks[1].Track.Control);
        Assert.Equal("rtsp://10.1.1.9/live", mapping.AggregateControl);
    }

    [Fact]
    public void ReadTracks_FfmpegAnnounce_ParameterSetsSeparatedBySemicolonSpace()
    {
        var mapping = Read("ffmpeg-announce-h264-pcma.sdp", "rtsp://127.0.0.1:8554/live");

        var h264 = Assert.IsType<H264Parameters>(mapping.Tracks[0].Track.Parameters);
        Assert.True(CodecParameterSets.IsComplete(h264));
        Assert.Equal("64000C", Convert.ToHexString(h264.Sps, 1, 3));
        Assert.Equal("rtsp://127.0.0.1:8554/live/streamid=0", mapping.Tracks[0].Track.Control);
        Assert.Equal(new G711Parameters(true), mapping.Tracks[1].Track.Parameters);
        Assert.Equal(8, mapping.Tracks[1].PayloadType);
    }

    [Fact]
    public void ReadTracks_FfmpegAnnounceH265Aac_AllParametersKnown()
    {
        var mapping = Read("ffmpeg-announce-h265-aac.sdp", "rtsp://127.0.0.1:8554/live/");

        Assert.True(CodecParameterSets.IsComplete(mapping.Tracks[0].Track.Parameters));
        var aac = Assert.IsType<AacParameters>(mapping.Tracks[1].Track.Parameters);
        Assert.Equal(48000, aac.SampleRate);
        Assert.Equal(2, aac.Channels);
        Assert.Equal(Convert.FromHexString("119056E500"), aac.AudioSpecificConfig);
    }

    [Fact]
    public void ReadTracks_NoParameterSetsInSdp_TrackMappedWithEmptySets()
    {
        var mapping = Read("ffmpeg-rtp-h264-no-sprop.sdp", "rtsp://127.0.0.1/x");

        var h264 = Assert.IsType<H264Parameters>(Assert.Single(mapping.Tracks).Track.Parameters);
        Assert.Empty(h264.Sps);
        Assert.Empty(h264.Pps);
        Assert.False(CodecParameterSets.IsComplete(h264));
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Parse_EveryFixture_WritesStrictlyAndReadsBackTheSameTracks(string name)
    {
        var sdp = SdpReader.Parse(Fixtures.Bytes("Sdp/" + name));
        var written = SdpWriter.Write(sdp);
        var again = SdpReader.Parse(written);

        Assert.Equal(written, SdpWriter.Write(again));
        Assert.StartsWith("v=0\r\no=", written, StringComparison.Ordinal);
        var before = SdpMediaMapper.ReadTracks(sdp, "rtsp://h/p/");
        var after = SdpMediaMapper.ReadTracks(again, "rtsp://h/p/");
        Assert.NotEmpty(before.Tracks);
        Assert.Equal(before.Tracks.Select(t => t.Track), after.Tracks.Select(t => t.Track));
    }

    [Fact]
    public void BaseUri_HeadersInOrderOfPrecedence()
    {
        var response = new RtspResponse(200);
        Assert.Equal("rtsp://h/req", SdpMediaMapper.BaseUri(response, "rtsp://h/req"));

        response.Headers.ContentLocation = "other/";
        Assert.Equal("rtsp://h/other/", SdpMediaMapper.BaseUri(response, "rtsp://h/req"));

        response.Headers.ContentBase = "rtsp://h/base/";
        Assert.Equal("rtsp://h/base/", SdpMediaMapper.BaseUri(response, "rtsp://h/req"));
    }

    private static SdpSessionMapping Read(string fixture, string baseUri) =>
        SdpMediaMapper.ReadTracks(SdpReader.Parse(Fixtures.Bytes("Sdp/" + fixture)), baseUri);
}
