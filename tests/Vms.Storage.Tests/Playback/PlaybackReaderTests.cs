using Vms.Rtsp.Media;
using Vms.Storage.Playback;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Playback;

public sealed class PlaybackReaderTests
{
    private static readonly DateTimeOffset T0 = PlaybackFixture.T0;
    private static readonly PlaybackOptions Fast = new() { Pace = PlaybackPace.AsFastAsPossible };

    [Fact]
    public async Task ReadAsync_InstantMidGop_StartsAtTheKeyframeBefore()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(5.5), Fast);

        var tracks = Assert.IsType<PlaybackTracksChanged>(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal(CodecId.H264, Assert.Single(tracks.Tracks).Codec);
        var first = Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None));
        Assert.True(first.Unit.IsKeyframe);
        Assert.Equal(T0.AddSeconds(5), first.Unit.WallClock);
        Assert.Equal((0L, 0L), (first.Unit.Pts, first.Unit.Dts));
        Assert.Same(tracks.Tracks[0], first.Track);
    }

    [Fact]
    public async Task ReadAsync_WholeRecording_CrossesSegmentsInOrderAndReportsTheGap()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0, Fast);

        var items = await PlaybackFixture.ReadAllAsync(reader);

        Assert.IsType<PlaybackTracksChanged>(items[0]);
        var gap = Assert.Single(items.OfType<PlaybackGap>());
        Assert.Equal((T0.AddSeconds(10), T0.AddSeconds(30)), (gap.FromUtc, gap.ToUtc));
        var frames = items.OfType<PlaybackFrame>().ToList();
        Assert.Equal(240, frames.Count);
        Assert.Equal(121, items.IndexOf(gap)); // after the tracks and the first 120 frames
        var expectedWall = Enumerable.Range(0, 120).Select(i => T0 + TimeSpan.FromTicks(i * 10_000_000L / 12))
            .Concat(Enumerable.Range(0, 120).Select(i => T0.AddSeconds(30) + TimeSpan.FromTicks(i * 10_000_000L / 12)));
        Assert.Equal(expectedWall, frames.Select(fr => fr.Unit.WallClock!.Value));
        // playback timeline: smooth 90 kHz steps, jumping by the 20 s hole
        Assert.Equal(Enumerable.Range(0, 120).Select(i => i * 7500L).Concat(Enumerable.Range(0, 120).Select(i => 2_700_000L + i * 7500L)),
            frames.Select(fr => fr.Unit.Dts));
        Assert.Equal(6, frames.Select(fr => fr.Segment.RelativePath).Distinct().Count());
    }

    [Fact]
    public async Task ReadAsync_InstantInAGap_ReportsTheGapThenTheNextKeyframe()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(20), Fast);

        Assert.IsType<PlaybackTracksChanged>(await reader.ReadAsync(CancellationToken.None));
        var gap = Assert.IsType<PlaybackGap>(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal((T0.AddSeconds(20), T0.AddSeconds(30)), (gap.FromUtc, gap.ToUtc));
        var frame = Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal(T0.AddSeconds(30), frame.Unit.WallClock);
    }

    [Fact]
    public async Task OpenAsync_AfterTheEndOfTheRecording_ReadReturnsNull()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddHours(1), Fast);
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_StopUtc_EndsThere()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(2), Fast with { StopUtc = T0.AddSeconds(6) });
        var frames = (await PlaybackFixture.ReadAllAsync(reader)).OfType<PlaybackFrame>().ToList();
        Assert.Equal(48, frames.Count);
        Assert.Equal(T0 + TimeSpan.FromTicks(71 * 10_000_000L / 12), frames[^1].Unit.WallClock); // frame 71, the last before 6 s
    }

    [Fact]
    public async Task Seek_WhileReading_NextFrameIsTheKeyframeAtOrBeforeTheTarget()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0, Fast);
        for (var i = 0; i < 10; i++)
        {
            await reader.ReadAsync(CancellationToken.None);
        }

        reader.Seek(T0.AddSeconds(32.5));
        var frame = Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal(T0.AddSeconds(32), frame.Unit.WallClock);
        Assert.True(frame.Unit.IsKeyframe);
        Assert.Equal(32 * 90_000L, frame.Unit.Dts); // same timeline as before the seek

        reader.Seek(T0.AddSeconds(1.2));
        frame = Assert.IsType<PlaybackFrame>(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal(T0.AddSeconds(1), frame.Unit.WallClock);
    }

    [Fact]
    public async Task ReadAsync_Reverse_GopsBackwardsEachInDecodeOrderAcrossSegments()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(5.5), Fast with { Direction = PlaybackDirection.Reverse });

        var frames = (await PlaybackFixture.ReadAllAsync(reader)).OfType<PlaybackFrame>().ToList();

        // GOP at 5 s up to 5.5 s (7 frames), then the GOPs at 4, 3, 2, 1, 0 s (12 frames each)
        Assert.Equal(7 + 5 * 12, frames.Count);
        var gops = Split(frames);
        Assert.Equal([5, 4, 3, 2, 1, 0], gops.Select(g => (int)(g[0].Unit.WallClock!.Value - T0).TotalSeconds));
        Assert.All(gops, g => Assert.True(g[0].Unit.IsKeyframe));
        Assert.All(gops, g => Assert.Equal(g.Select(x => x.Unit.Dts).Order(), g.Select(x => x.Unit.Dts)));
        Assert.Equal(7, gops[0].Count);
    }

    [Fact]
    public async Task ReadAsync_ReverseAcrossAGap_ReportsIt()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var reader = await f.OpenAsync(T0.AddSeconds(31), Fast with { Direction = PlaybackDirection.Reverse });

        var items = await PlaybackFixture.ReadAllAsync(reader);

        var gap = Assert.Single(items.OfType<PlaybackGap>());
        Assert.Equal((T0.AddSeconds(10), T0.AddSeconds(30)), (gap.FromUtc, gap.ToUtc));
        var frames = items.OfType<PlaybackFrame>().ToList();
        // the keyframe at 31 s alone (nothing later is wanted), the GOP at 30 s, then all of the first recording
        Assert.Equal(1 + 12 + 120, frames.Count);
        Assert.Equal(T0.AddSeconds(31), frames[0].Unit.WallClock);
        Assert.Equal(T0.AddSeconds(30), frames[1].Unit.WallClock);
        Assert.Equal(T0.AddSeconds(9), frames[13].Unit.WallClock);
        Assert.Equal(14, items.IndexOf(gap)); // tracks, 13 frames, then the gap
    }

    [Fact]
    public async Task ReadAsync_DirectoryLookup_SameFramesAsTheIndexLookup()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        await using var a = await f.OpenAsync(T0.AddSeconds(3), Fast);
        await using var b = await f.OpenAsync(T0.AddSeconds(3), Fast, new DirectorySegmentLookup(f.Store));

        var fromIndex = (await PlaybackFixture.ReadAllAsync(a)).OfType<PlaybackFrame>().Select(x => (x.Unit.WallClock, x.Unit.Dts)).ToList();
        var fromFiles = (await PlaybackFixture.ReadAllAsync(b)).OfType<PlaybackFrame>().Select(x => (x.Unit.WallClock, x.Unit.Dts)).ToList();
        Assert.Equal(fromIndex, fromFiles);
        Assert.Equal(7 * 12 + 120, fromIndex.Count);
    }

    [Fact]
    public async Task ReadAsync_SegmentDeleted_SkipsItAndReportsTheHole()
    {
        await using var f = await PlaybackFixture.CreateAsync();
        File.Delete(f.Store.GetFullPath(f.Segments[1].RelativePath)); // [4 s, 8 s) removed behind the index's back
        await using var reader = await f.OpenAsync(T0, Fast);

        var items = await PlaybackFixture.ReadAllAsync(reader);

        Assert.Equal([(T0.AddSeconds(4), T0.AddSeconds(8)), (T0.AddSeconds(10), T0.AddSeconds(30))],
            items.OfType<PlaybackGap>().Select(g => (g.FromUtc, g.ToUtc)));
        Assert.Equal(240 - 48, items.OfType<PlaybackFrame>().Count());
    }

    private static List<List<PlaybackFrame>> Split(List<PlaybackFrame> frames)
    {
        var gops = new List<List<PlaybackFrame>>();
        foreach (var fr in frames)
        {
            if (fr.Unit.IsKeyframe || gops.Count == 0)
            {
                gops.Add([]);
            }

            gops[^1].Add(fr);
        }

        return gops;
    }
}
