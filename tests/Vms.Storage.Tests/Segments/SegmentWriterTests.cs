using Vms.Rtsp.Media;
using Vms.Storage.Segments;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Segments;

public sealed class SegmentWriterTests
{
    [Fact]
    public async Task WriteAsync_TenSecondH264Clip_OneSegmentWithEveryFrameReadBack()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness();
        var statuses = await h.WriteAllAsync(clip.Track, clip.Units);
        Assert.All(statuses, s => Assert.Equal(WriteStatus.Written, s));
        var info = await h.Writer.CloseAsync(CancellationToken.None);

        Assert.NotNull(info);
        Assert.Equal(info, Assert.Single(h.Closed));
        Assert.Equal("cam-1/2026/07/01/10/20260701T100000.000Z_main.mp4", info.RelativePath);
        Assert.Equal((CodecId.H264, 640, 360, 120, 10), (info.Codec, info.Width, info.Height, info.FrameCount, info.KeyframeCount));
        Assert.Equal(SegmentWriterHarness.Start, info.StartUtc);
        Assert.Equal(TimeSpan.FromSeconds(10), info.Duration);
        Assert.Equal(new FileInfo(h.FullPath(info)).Length, info.Bytes);

        using var reader = await SegmentReader.OpenAsync(h.Store, info.RelativePath, CancellationToken.None);
        Assert.Equal(10, reader.FragmentCount); // one fragment per one-second GOP
        var samples = await ToListAsync(reader.ReadAllAsync(CancellationToken.None));
        Assert.Equal(clip.Units.Count, samples.Count);
        for (var i = 0; i < samples.Count; i++)
        {
            var expected = clip.Units[i];
            var actual = samples[i].Unit;
            Assert.Equal(expected.Dts, actual.Dts);
            Assert.Equal(expected.IsKeyframe, actual.IsKeyframe);
            Assert.Equal(SegmentWriterHarness.Start + TimeSpan.FromTicks(expected.Dts * 10_000_000 / 90_000), actual.WallClock);
            Assert.Equal(Flatten(expected), Flatten(actual));
        }
    }

    [Fact]
    public async Task WriteAsync_H265Clip_RecordsHvcAndSize()
    {
        var clip = TestClip.H265();
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, clip.Units);
        var info = await h.Writer.CloseAsync(CancellationToken.None);

        Assert.Equal((CodecId.H265, 640, 360, 120, 10), (info!.Codec, info.Width, info.Height, info.FrameCount, info.KeyframeCount));
        Assert.Equal(info, await SegmentInfoReader.ReadAsync(h.Store, info.RelativePath, CancellationToken.None, verifyChecksums: true));
    }

    [Fact]
    public async Task WriteAsync_FirstUnitsAreNotKeyframes_WaitsForTheFirstKeyframe()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness();
        var statuses = await h.WriteAllAsync(clip.Track, clip.Units.Skip(5).Take(20));

        Assert.All(statuses.Take(7), s => Assert.Equal(WriteStatus.WaitingForKeyframe, s));
        Assert.All(statuses.Skip(7), s => Assert.Equal(WriteStatus.Written, s));
        var info = await h.Writer.CloseAsync(CancellationToken.None);
        Assert.Equal(13, info!.FrameCount);
        Assert.Equal(SegmentWriterHarness.Start + TimeSpan.FromSeconds(1), info.StartUtc);
    }

    [Theory]
    [InlineData(true, WallClockSource.SenderReport)]
    [InlineData(false, WallClockSource.ArrivalTime)]
    public async Task WriteAsync_WallClockFromSenderReportsOrArrival_RecordedInTheMetadata(bool senderReports, WallClockSource expected)
    {
        var clip = TestClip.H264();
        var cameraTime = new DateTimeOffset(2026, 7, 1, 9, 59, 58, TimeSpan.Zero); // the camera clock runs 2 s behind
        var units = senderReports
            ? clip.Units.Select(u => u.WithWallClock(cameraTime + TimeSpan.FromTicks(u.Dts * 10_000_000 / 90_000), WallClockSource.SenderReport))
            : clip.Units;
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, units.Take(24));
        var info = await h.Writer.CloseAsync(CancellationToken.None);

        using var reader = await SegmentReader.OpenAsync(h.Store, info!.RelativePath, CancellationToken.None);
        Assert.Equal(expected, reader.WallClock);
        Assert.Equal(senderReports ? cameraTime : SegmentWriterHarness.Start, info.StartUtc);
    }

    [Fact]
    public async Task WriteAsync_OpenSegment_IsPartialUntilClosed()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, clip.Units.Take(30));

        var path = h.Store.GetFullPath(h.Writer.CurrentRelativePath!);
        Assert.True(File.Exists(path + SegmentStore.PartialSuffix));
        Assert.False(File.Exists(path));
        Assert.Equal(["cam-1/2026/07/01/10/20260701T100000.000Z_main.mp4.part"], h.Store.EnumeratePartialSegments());

        await h.Writer.CloseAsync(CancellationToken.None);
        Assert.False(File.Exists(path + SegmentStore.PartialSuffix));
        Assert.True(File.Exists(path));
        Assert.Empty(h.Store.EnumeratePartialSegments());
    }

    [Fact]
    public async Task WriteAsync_MaxSegmentDuration_RollsOverAtKeyframesWithContiguousTimes()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness(new SegmentWriterOptions { Fsync = FsyncPolicy.None, MaxSegmentDuration = TimeSpan.FromSeconds(2.5) });
        await h.WriteAllAsync(clip.Track, clip.Units);
        await h.Writer.CloseAsync(CancellationToken.None);

        // 2.5 s is reached mid-GOP; the cut waits for the keyframe at 3 s
        Assert.Equal([36, 36, 36, 12], h.Closed.Select(s => s.FrameCount));
        Assert.Equal([3, 3, 3, 1], h.Closed.Select(s => s.KeyframeCount));
        for (var i = 1; i < h.Closed.Count; i++)
        {
            Assert.Equal(h.Closed[i - 1].EndUtc, h.Closed[i].StartUtc);
        }

        foreach (var s in h.Closed)
        {
            Assert.Equal(s, await SegmentInfoReader.ReadAsync(h.Store, s.RelativePath, CancellationToken.None));
        }
    }

    [Fact]
    public async Task WriteAsync_ResolutionChangesInBand_NewSegmentAtThatKeyframe()
    {
        var clip = TestClip.H264();
        var sps1080 = Convert.FromHexString("67640028acd940780227e5c044000003000400000300c83c60c658");
        var units = clip.Units.Select((u, i) => i < 60 || !u.IsKeyframe
            ? u
            : new AccessUnit(u.Codec, [.. u.NalUnits.Select(n => (n.Span[0] & 0x1F) == 7 ? sps1080 : n)], u.Pts, u.Dts, true)).ToList();
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, units);
        await h.Writer.CloseAsync(CancellationToken.None);

        Assert.Equal([(640, 360, 60), (1920, 1080, 60)], h.Closed.Select(s => (s.Width, s.Height, s.FrameCount)));
    }

    [Fact]
    public async Task WriteAsync_CodecChanges_NewSegment()
    {
        var h264 = TestClip.H264();
        var h265 = TestClip.Load("testsrc-640x360-12fps-g12.h265", CodecId.H265, firstDts: 120 * TestClip.FrameTicks);
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(h264.Track, h264.Units.Take(36));
        await h.WriteAllAsync(h265.Track, h265.Units.Take(24));
        await h.Writer.CloseAsync(CancellationToken.None);

        Assert.Equal([(CodecId.H264, 36), (CodecId.H265, 24)], h.Closed.Select(s => (s.Codec, s.FrameCount)));
    }

    [Fact]
    public async Task WriteAsync_TimestampsStepBack_ClosesSegmentAndRestartsAtKeyframe()
    {
        var clip = TestClip.H264();
        // the camera rebooted: its clock restarts, the next keyframe comes 2 frames later
        var restarted = clip.Units.Skip(22).Take(26).Select((u, i) => u.WithTimestamps(i * TestClip.FrameTicks, i * TestClip.FrameTicks)).ToList();
        await using var h = new SegmentWriterHarness();
        var before = await h.WriteAllAsync(clip.Track, clip.Units.Take(30));
        var after = await h.WriteAllAsync(clip.Track, restarted);
        await h.Writer.CloseAsync(CancellationToken.None);

        Assert.All(before, s => Assert.Equal(WriteStatus.Written, s));
        Assert.Equal([WriteStatus.Discontinuity, WriteStatus.WaitingForKeyframe, WriteStatus.Written], after.Take(3));
        Assert.Equal([30, 24], h.Closed.Select(s => s.FrameCount));
    }

    [Fact]
    public async Task WriteAsync_LongGop_FragmentsCappedAtMaxFragmentDuration()
    {
        var clip = TestClip.H264();
        // keep only the first keyframe flag: a 10 s GOP
        var units = clip.Units.Select((u, i) => i == 0 ? u : new AccessUnit(u.Codec, u.NalUnits, u.Pts, u.Dts, false)).ToList();
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, units);
        var info = await h.Writer.CloseAsync(CancellationToken.None);

        using var reader = await SegmentReader.OpenAsync(h.Store, info!.RelativePath, CancellationToken.None);
        Assert.Equal(10, reader.FragmentCount);
        Assert.Equal(1, info.KeyframeCount);
    }

    [Fact]
    public async Task WriteAsync_AacAudio_SecondTrackWithEveryFrame()
    {
        var clip = TestClip.H264();
        var (audioTrack, audio) = TestAudio.Aac();
        await using var h = new SegmentWriterHarness();
        // the audio track is known before the first keyframe (the usual case: it is in the SDP)
        await h.Writer.WriteAsync(audioTrack, audio[0], SegmentWriterHarness.Start, CancellationToken.None);
        await h.WriteInterleavedAsync(clip.Track, clip.Units, audioTrack, audio.Skip(1).ToList());
        var info = await h.Writer.CloseAsync(CancellationToken.None);

        using var reader = await SegmentReader.OpenAsync(h.Store, info!.RelativePath, CancellationToken.None);
        Assert.Equal([CodecId.H264, CodecId.Aac], reader.Tracks.Select(t => t.Codec));
        var samples = await ToListAsync(reader.ReadAllAsync(CancellationToken.None));
        var audioRead = samples.Where(s => s.Track.Codec == CodecId.Aac).ToList();
        var expected = audio.Skip(1).ToList(); // every frame given while the segment is open, also after the last picture
        Assert.Equal(expected.Count, audioRead.Count);
        Assert.Equal(expected.Select(u => u.NalUnits[0].ToArray()), audioRead.Select(s => s.Unit.NalUnits[0].ToArray()));
        Assert.Equal(120, samples.Count(s => s.Track.Codec == CodecId.H264));
        Assert.Equal(16000, ((AacParameters)reader.Tracks[1].Parameters).SampleRate);
    }

    [Fact]
    public async Task WriteAsync_AudioAppearsAfterVideo_JoinsAtTheNextKeyframe()
    {
        var clip = TestClip.H264();
        var (audioTrack, audio) = TestAudio.G711(alaw: false, seconds: 10);
        await using var h = new SegmentWriterHarness();
        await h.WriteInterleavedAsync(clip.Track, clip.Units, audioTrack, audio);
        await h.Writer.CloseAsync(CancellationToken.None);

        Assert.Equal([12, 108], h.Closed.Select(s => s.FrameCount));
        using var reader = await SegmentReader.OpenAsync(h.Store, h.Closed[1].RelativePath, CancellationToken.None);
        Assert.Equal([CodecId.H264, CodecId.Pcmu], reader.Tracks.Select(t => t.Codec));
    }

    private static string Flatten(AccessUnit u) => string.Join(",", u.NalUnits.Select(n => Convert.ToHexString(n.Span)));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var i in items)
        {
            list.Add(i);
        }

        return list;
    }
}
