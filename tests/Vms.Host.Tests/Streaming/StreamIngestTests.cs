using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vms.Host.Streaming;
using Vms.TestSupport;

namespace Vms.Host.Tests.Streaming;

public sealed class StreamIngestTests
{
    private static readonly DateTimeOffset Far = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Publish_TenSecondsOfFrames_RecordingIndexedWithExpectedDuration()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 120);
        await feed.DisposeAsync().AsTask().WithTimeout();
        await host.FlushAsync();

        var segments = await host.Storage.Index.FindAsync("cam1", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None);
        Assert.NotEmpty(segments);
        Assert.Equal(120, segments.Sum(s => s.Segment.FrameCount));
        Assert.Equal(feeder.Published[0], segments[0].Segment.StartUtc);
        var recorded = segments[^1].Segment.EndUtc - segments[0].Segment.StartUtc;
        Assert.InRange(recorded.TotalSeconds, 10.0 - 0.001, 10.0 + 0.001);
        Assert.All(segments, s => Assert.True(File.Exists(host.Storage.Files.FullPath(s.Root, s.Segment.RelativePath))));
        Assert.Empty(host.Storage.Store.EnumeratePartialSegments());
    }

    [Fact]
    public async Task Dispose_PullEndsThenResumes_TimelineShowsTheGap()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var start = host.Time.GetUtcNow();
        var first = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(first, 48);
        await first.DisposeAsync().AsTask().WithTimeout();
        var gapStart = host.Time.GetUtcNow();
        feeder.Pause(TimeSpan.FromSeconds(6));
        var second = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(second, 48);
        await second.DisposeAsync().AsTask().WithTimeout();
        await host.FlushAsync();

        using var http = await host.HttpAsync(StreamingTestHost.Operator);
        var from = start.AddSeconds(-1).ToString("O");
        var to = host.Time.GetUtcNow().AddSeconds(1).ToString("O");
        var timeline = await http.GetFromJsonAsync<JsonElement>($"api/v1/cameras/cam1/recordings?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}").WithTimeout();

        var spans = timeline.GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(2, spans.Count);
        var gaps = timeline.GetProperty("gaps").EnumerateArray().ToList();
        var middle = Assert.Single(gaps, g => g.GetProperty("start").GetDateTimeOffset() > start && g.GetProperty("end").GetDateTimeOffset() < host.Time.GetUtcNow());
        Assert.InRange(middle.GetProperty("seconds").GetDouble(), 5.5, 7.0);
        Assert.InRange((middle.GetProperty("start").GetDateTimeOffset() - gapStart).Duration().TotalSeconds, 0, 0.2);
        Assert.InRange(timeline.GetProperty("recordedSeconds").GetDouble(), 7.9, 8.1);

        var stats = host.Ingest.Find(new StreamKey("cam1", CameraStreamKind.Main))!.GetStats();
        Assert.Equal(2, stats.Feeds);
        Assert.Equal(1, stats.Reconnects);
        Assert.Equal(2, stats.Gaps);
        Assert.False(stats.Online);
    }

    [Fact]
    public async Task Open_RecordingDisabled_LiveStreamOnlyAndSwitchOnStartsRecording()
    {
        var catalog = new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1", recording: false));
        await using var host = await StreamingTestHost.StartAsync(catalog);
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, 24);
        var hub = host.Ingest.Find(new StreamKey("cam1", CameraStreamKind.Main))!;
        Assert.NotNull(hub.LiveStream);
        Assert.Equal(24, hub.LiveStream!.PushedUnits);
        Assert.False(hub.GetStats().Recording);

        // the registry change is applied by the ingest's own loop
        var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Ingest.CatalogChangeApplied += id => applied.TrySetResult();
        catalog.Set(FakeCameraCatalog.Camera("cam1", recording: true));
        await applied.Task.WithTimeout();

        Assert.True(hub.GetStats().Recording);
        feeder.Publish(feed, 48);
        await feed.DisposeAsync().AsTask().WithTimeout();
        await host.FlushAsync();
        var segments = await host.Storage.Index.FindAsync("cam1", "main", DateTimeOffset.UnixEpoch, Far, CancellationToken.None);
        var recorded = segments.Sum(s => s.Segment.FrameCount);
        Assert.InRange(recorded, 24, 48); // from the first keyframe after the switch
        Assert.Null(hub.LiveStream);
    }

    [Fact]
    public async Task Open_TwoFeedsOfOneStream_OneHubAndTheNewFeedReplacesTheOld()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        var first = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(first, 24);
        var firstLive = host.Ingest.Find(new StreamKey("cam1", CameraStreamKind.Main))!.LiveStream!;
        var second = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(second, 24);
        var sub = feeder.Open(host.Ingest, "cam1", CameraStreamKind.Sub);
        feeder.Publish(sub, 1);

        Assert.True(firstLive.IsCompleted);
        Assert.Equal(2, host.Ingest.Hubs.Count);
        first.Publish(0, CreateIgnoredUnit()); // the replaced feed is ended: ignored
        Assert.Equal(48 + 1, host.Ingest.Hubs.Sum(h => h.GetStats().Frames));
        await second.DisposeAsync().AsTask().WithTimeout();
        await sub.DisposeAsync().AsTask().WithTimeout();
    }

    [Fact]
    public async Task Open_UnknownTrackOrNoTracks_IgnoredOrRefused()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        Assert.Throws<ArgumentException>(() => host.Ingest.Open("cam1", CameraStreamKind.Main, []));
        var feeder = new SyntheticFeeder(host.Time, "cam1");
        await using var feed = feeder.Open(host.Ingest, "cam1");
        feed.Publish(5, CreateIgnoredUnit());
        Assert.Equal(0, host.Ingest.Hubs.Single().GetStats().Frames);
    }

    private static Vms.Rtsp.Media.AccessUnit CreateIgnoredUnit() =>
        new(Vms.Rtsp.Media.CodecId.H264, [new byte[] { 0x65, 0x88 }], 0, 0, isKeyframe: true);

    [Fact]
    public async Task TimelineApi_BadInput_ProblemDetails()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));
        using var http = await host.HttpAsync(StreamingTestHost.Operator);
        var bad = await http.GetAsync("api/v1/cameras/cam1/recordings?from=yesterday&to=2026-07-01T11:00:00Z").WithTimeout();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from='yesterday' is not a UTC ISO-8601 instant", await bad.Content.ReadAsStringAsync());
        var reversed = await http.GetAsync("api/v1/cameras/cam1/recordings?from=2026-07-01T11:00:00Z&to=2026-07-01T10:00:00Z").WithTimeout();
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        var unknown = await http.GetAsync("api/v1/cameras/nope/recordings?from=2026-07-01T10:00:00Z&to=2026-07-01T11:00:00Z").WithTimeout();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var admin = await host.HttpAsync();
        var noRight = await admin.GetAsync("api/v1/cameras/cam1/recordings?from=2026-07-01T10:00:00Z&to=2026-07-01T11:00:00Z").WithTimeout();
        Assert.Equal(HttpStatusCode.Forbidden, noRight.StatusCode); // the administrator has no viewing right
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/v1/recordings/usage").WithTimeout()).StatusCode);
    }
}
