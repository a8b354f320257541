using System.Text;
using Vms.Rtsp.Media;
using Vms.Storage.Fmp4;
using Vms.Storage.Fmp4.Boxes;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Fmp4.Boxes;

public sealed class SegmentMetadataBoxTests
{
    private static readonly SegmentMetadata Sample = new(
        "cam-1",
        "main",
        new DateTimeOffset(2026, 7, 1, 10, 0, 0, 123, TimeSpan.Zero),
        WallClockSource.SenderReport,
        [new SegmentTrackMetadata(1, CodecId.H264, 90000, 640, 360), new SegmentTrackMetadata(2, CodecId.Aac, 16000, SampleRate: 16000, Channels: 1)]);

    private const string Json =
        """{"cameraId":"cam-1","streamName":"main","startUtc":"2026-07-01T10:00:00.1230000Z","wallClock":"camera","tracks":[{"trackId":1,"codec":"H264","timescale":90000,"width":640,"height":360},{"trackId":2,"codec":"Aac","timescale":16000,"sampleRate":16000,"channels":1}]}""";

    [Fact]
    public void Write_CameraStreamStartAndTracks_MatchesGoldenBytes()
    {
        using var b = new BoxBuffer();
        SegmentMetadataBox.Write(b, Sample);
        var json = Encoding.UTF8.GetBytes(Json);
        BoxAssert.Equal([
            .. Hex.Bytes($"""
                {8 + 16 + 4 + json.Length:x8} 75756964    # size, 'uuid'
                d2d2495f82fd47f785dbced109a1730e          # extended type: segment metadata
                01000000                                  # version 1, flags 0
                """),
            .. json,
        ], b);
    }

    [Fact]
    public void Parse_WhatWriteWrote_RoundTrips()
    {
        using var b = new BoxBuffer();
        SegmentMetadataBox.Write(b, Sample);
        Assert.Equal(Sample, SegmentMetadataBox.Parse(b.WrittenSpan[24..]));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("{\"cameraId\":\"a\",\"streamName\":\"b\",\"startUtc\":\"yesterday\"}")]
    [InlineData("{\"cameraId\":\"a\",\"streamName\":\"b\",\"startUtc\":\"2026-07-01T10:00:00Z\",\"tracks\":[{\"trackId\":1,\"codec\":\"Vp9\",\"timescale\":1}]}")]
    [InlineData("{\"cameraId\":")]
    public void Parse_MalformedJson_ThrowsFormatException(string json)
    {
        byte[] payload = [1, 0, 0, 0, .. Encoding.UTF8.GetBytes(json)];
        Assert.Throws<FormatException>(() => SegmentMetadataBox.Parse(payload));
    }

    [Fact]
    public void Parse_UnknownVersion_ThrowsFormatException()
    {
        byte[] payload = [2, 0, 0, 0, .. Encoding.UTF8.GetBytes(Json)];
        Assert.Throws<FormatException>(() => SegmentMetadataBox.Parse(payload));
    }
}
