using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Storage.Index;
using Vms.Storage.Playback;
using Vms.Storage.Tests.Support;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Storage.Tests.Index;

/// <summary>Writer → files → rebuilt SQL index → playback: the index serves the playback reader as its segment lookup.</summary>
public sealed class SegmentIndexPlaybackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ILoggerFactory _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
    private PlaybackFixture _recording = null!;
    private TempIndex _t = null!;

    public async Task InitializeAsync()
    {
        _recording = await PlaybackFixture.CreateAsync();
        _t = await TempIndex.CreateAsync(_loggers, PlaybackFixture.T0.AddDays(1));
    }

    public async Task DisposeAsync()
    {
        await _t.DisposeAsync();
        await _recording.DisposeAsync();
        _loggers.Dispose();
    }

    [Fact]
    public async Task Playback_IndexRebuiltFromTheWrittenFiles_ReadsTheSameItemsAsTheWritersOwnList()
    {
        var files = new FileSystemSegmentFiles([new StorageRoot("r1", _recording.Store.RootDirectory)]);
        var report = await new IndexRebuilder(_t.Index, files, new StoreSegmentInfoReader(files), _t.Clock, NullLogger<IndexRebuilder>.Instance)
            .RebuildAsync(CancellationToken.None);
        Assert.Equal(_recording.Segments.Count, report.Added);

        ISegmentLookup lookup = _t.Index;
        Assert.Equal(_recording.Segments, await lookup.FindAsync("cam-1", "main", PlaybackFixture.T0, PlaybackFixture.T0.AddMinutes(1), CancellationToken.None));

        var at = PlaybackFixture.T0.AddSeconds(2.5);
        var expected = await PlaybackFixture.ReadAllAsync(await _recording.OpenAsync(at, new PlaybackOptions { Pace = PlaybackPace.AsFastAsPossible }));
        var actual = await PlaybackFixture.ReadAllAsync(await _recording.OpenAsync(at, new PlaybackOptions { Pace = PlaybackPace.AsFastAsPossible }, lookup));

        Assert.True(actual.Count > 100, $"only {actual.Count} items");
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Contains(actual, i => i is PlaybackGap);
    }

    private static List<string> Describe(List<PlaybackItem> items) =>
        [.. items.Select(i => i switch
        {
            PlaybackFrame f => $"frame {f.Unit.Pts} {f.Unit.IsKeyframe} {f.Unit.WallClock:O} {f.Segment.RelativePath}",
            PlaybackGap g => $"gap {g.FromUtc:O} {g.ToUtc:O}",
            _ => i.GetType().Name,
        })];
}
