using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Streaming;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.TestSupport;

namespace Vms.Host.Tests.Streaming;

/// <summary>Playback paths resolved by the service: recorded frames from a UTC instant, seeks, gaps squeezed, refusals.</summary>
public sealed class PlaybackTests
{
    private static readonly TimeSpan Gop = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Resolve_PlaybackFromAnInstant_FirstFrameIsTheKeyframeWithinOneGopBefore()
    {
        await using var recorded = await RecordAsync();
        var (host, t0) = recorded;
        var target = t0.AddSeconds(13.3);
        await using var source = await OpenAsync(host, "cam1/playback", $"start={Uri.EscapeDataString(target.ToString("O"))}");

        var position = await source.SeekAsync(RtspSeekRequest.Beginning, CancellationToken.None).AsTask().WithTimeout();
        var first = (await source.ReadAsync(CancellationToken.None).AsTask().WithTimeout())!.Value;

        Assert.True(first.Unit.IsKeyframe);
        var clock = first.Unit.WallClock!.Value;
        Assert.Equal(clock, position.Clock);
        Assert.True(clock <= target && target - clock < Gop, $"first frame at {clock:O}, asked {target:O}");
        Assert.NotEmpty(H264Parameters(source)); // tracks known before PLAY
        Assert.Equal(CodecId.H264, source.Tracks[0].Codec);
        Assert.Equal(target, source.Range.Start);
    }

    [Fact]
    public async Task SeekAsync_ClockRange_PositionsOnTheKeyframeBeforeTheInstant()
    {
        await using var recorded = await RecordAsync();
        var (host, t0) = recorded;
        await using var source = await OpenAsync(host, "cam1/playback", $"start={Uri.EscapeDataString(t0.ToString("O"))}");
        _ = await source.SeekAsync(RtspSeekRequest.Beginning, CancellationToken.None).AsTask().WithTimeout();

        var target = t0.AddSeconds(25.5);
        var position = await source.SeekAsync(new RtspSeekRequest(null, target), CancellationToken.None).AsTask().WithTimeout();
        var first = (await source.ReadAsync(CancellationToken.None).AsTask().WithTimeout())!.Value;
        Assert.True(first.Unit.IsKeyframe);
        Assert.Equal(first.Unit.WallClock, position.Clock);
        Assert.True(target - first.Unit.WallClock!.Value is var lead && lead >= TimeSpan.Zero && lead < Gop, $"lead {lead}");

        var npt = await source.SeekAsync(new RtspSeekRequest(TimeSpan.FromSeconds(5), null), CancellationToken.None).AsTask().WithTimeout();
        Assert.InRange(npt.Npt.TotalSeconds, 3.0, 5.0);
    }

    [Fact]
    public async Task ReadAsync_AcrossARecordingGap_TimestampsSqueezeTheGapAndWallClockJumps()
    {
        await using var recorded = await RecordAsync();
        var (host, t0) = recorded;
        await using var source = await OpenAsync(host, "cam1/playback", $"start={Uri.EscapeDataString(t0.AddSeconds(27).ToString("O"))}");
        _ = await source.SeekAsync(RtspSeekRequest.Beginning, CancellationToken.None).AsTask().WithTimeout();

        RtspPlaybackUnit? previous = null;
        var maxDtsStep = 0L;
        var maxClockStep = TimeSpan.Zero;
        for (var i = 0; i < 100; i++)
        {
            var unit = (await source.ReadAsync(CancellationToken.None).AsTask().WithTimeout())!.Value;
            if (previous is { } p)
            {
                maxDtsStep = Math.Max(maxDtsStep, unit.Unit.Dts - p.Unit.Dts);
                var step = unit.Unit.WallClock!.Value - p.Unit.WallClock!.Value;
                maxClockStep = step > maxClockStep ? step : maxClockStep;
            }

            previous = unit;
        }

        Assert.True(maxClockStep > TimeSpan.FromSeconds(19), $"the wall clock jumps over the 20 s gap (max step {maxClockStep})");
        Assert.InRange(maxDtsStep, 1, 2 * 90_000 / SyntheticFeeder.FramesPerSecond);
    }

    [Fact]
    public async Task ReadAsync_AcrossARecordingGap_MarksOnlyTheFirstFrameAfterItAsFollowingAGap()
    {
        await using var recorded = await RecordAsync();
        var (host, t0) = recorded;
        await using var source = await OpenAsync(host, "cam1/playback", $"start={Uri.EscapeDataString(t0.AddSeconds(27).ToString("O"))}");
        _ = await source.SeekAsync(RtspSeekRequest.Beginning, CancellationToken.None).AsTask().WithTimeout();

        var units = new List<RtspPlaybackUnit>();
        for (var i = 0; i < 100; i++)
        {
            units.Add((await source.ReadAsync(CancellationToken.None).AsTask().WithTimeout())!.Value);
        }

        // ONVIF replay flags the frames around the hole from this mark: exactly the frame the wall clock jumps to
        var marked = Assert.Single(units, u => u.FollowsGap);
        var index = units.IndexOf(marked);
        Assert.True(index > 0);
        Assert.True(marked.Unit.WallClock!.Value - units[index - 1].Unit.WallClock!.Value > TimeSpan.FromSeconds(19));

        // a seek starts afresh: the frame it lands on is not marked
        _ = await source.SeekAsync(new RtspSeekRequest(null, t0.AddSeconds(55)), CancellationToken.None).AsTask().WithTimeout();
        Assert.False((await source.ReadAsync(CancellationToken.None).AsTask().WithTimeout())!.Value.FollowsGap);
    }

    [Fact]
    public async Task Resolve_BadTimesAndUnknownPaths_RefusedWithTheirStatus()
    {
        await using var recorded = await RecordAsync();
        var (host, t0) = recorded;
        var resolver = host.Services.GetRequiredService<VmsPathResolver>();

        Assert.Null(await resolver.ResolveAsync(Request("nope/playback", "start=2026-07-01T10:00:00Z", RtspAction.Play), default));
        Assert.Null(await resolver.ResolveAsync(Request("nope", "", RtspAction.Describe), default));
        Assert.Null(await resolver.ResolveAsync(Request("cam1/sub", "", RtspAction.Describe), default)); // never fed
        Assert.Null(await resolver.ResolveAsync(Request("cam1/what", "", RtspAction.Describe), default));
        var describe = await Assert.ThrowsAsync<RtspPlaybackException>(() => resolver.ResolveAsync(Request("cam1/playback", "start=garbage", RtspAction.Describe), default).AsTask());
        Assert.Equal(400, describe.StatusCode);
        Assert.Contains("start='garbage'", describe.Message, StringComparison.Ordinal);

        var bad = await Assert.ThrowsAsync<RtspPlaybackException>(() => resolver.ResolveAsync(Request("cam1/playback", "start=garbage", RtspAction.Play), default).AsTask());
        Assert.Equal(400, bad.StatusCode);
        var missing = await Assert.ThrowsAsync<RtspPlaybackException>(() => resolver.ResolveAsync(Request("cam1/playback", "", RtspAction.Play), default).AsTask());
        Assert.Equal(400, missing.StatusCode);
        var reversed = await Assert.ThrowsAsync<RtspPlaybackException>(() => resolver.ResolveAsync(Request("cam1/playback", "start=2026-07-01T10:00:10Z&end=2026-07-01T10:00:00Z", RtspAction.Play), default).AsTask());
        Assert.Equal(400, reversed.StatusCode);
        var future = await Assert.ThrowsAsync<RtspPlaybackException>(() => resolver.ResolveAsync(Request("cam1/playback", "start=2099-01-01T00:00:00Z", RtspAction.Play), default).AsTask());
        Assert.Equal(400, future.StatusCode);
        Assert.Contains("in the future", future.Message, StringComparison.Ordinal);

        // after the last recording but not in the future: nothing to play
        var after = host.Time.GetUtcNow().AddSeconds(-1);
        Assert.Null(await resolver.ResolveAsync(Request("cam1/playback", $"start={Uri.EscapeDataString(after.ToString("O"))}", RtspAction.Play), default));

        await using var bounded = await OpenAsync(host, "cam1/playback", $"start={Uri.EscapeDataString(t0.ToString("O"))}&end={Uri.EscapeDataString(t0.AddSeconds(20).ToString("O"))}");
        Assert.Equal(TimeSpan.FromSeconds(20), bounded.Range.Duration);
        var outside = await Assert.ThrowsAsync<RtspPlaybackException>(() => bounded.SeekAsync(new RtspSeekRequest(null, t0.AddSeconds(40)), default).AsTask());
        Assert.Equal(457, outside.StatusCode);
    }

    private static byte[] H264Parameters(IRtspPlaybackSource source) => ((H264Parameters)source.Tracks[0].Parameters).Sps;

    private static RtspPathRequest Request(string path, string query, RtspAction action) => new(path, query, null, null, action);

    private static async Task<IRtspPlaybackSource> OpenAsync(StreamingTestHost host, string path, string query)
    {
        var resolver = host.Services.GetRequiredService<VmsPathResolver>();
        var media = await resolver.ResolveAsync(Request(path, query, RtspAction.Play), CancellationToken.None).AsTask().WithTimeout();
        Assert.NotNull(media);
        var playback = Assert.IsType<PlaybackMediaSource>(media);
        return playback.Source;
    }

    /// <summary>cam1: 30 s recorded from t0 (segments of 10 s), 20 s away, then 10 s more.</summary>
    private static async Task<Recorded> RecordAsync()
    {
        var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 30 * SyntheticFeeder.FramesPerSecond);
        await feed.DisposeAsync().AsTask().WithTimeout();
        feeder.Pause(TimeSpan.FromSeconds(20));
        feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 10 * SyntheticFeeder.FramesPerSecond);
        await feed.DisposeAsync().AsTask().WithTimeout();
        await host.FlushAsync();
        host.Time.Advance(TimeSpan.FromSeconds(5));
        return new Recorded(host, feeder.Published[0]);
    }

    private sealed record Recorded(StreamingTestHost Host, DateTimeOffset T0) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }
}
