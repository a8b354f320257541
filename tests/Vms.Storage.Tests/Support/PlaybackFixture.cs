using Microsoft.Extensions.Logging.Abstractions;
using Vms.Storage.Playback;
using Vms.Storage.Segments;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Support;

/// <summary>
/// A recording to play back: the H.264 clip from 10:00:00 to 10:00:10 in 4 s segments ([0,4) [4,8) [8,10)),
/// nothing for 20 s, then the clip again from 10:00:30 to 10:00:40 (the same cut). Keyframes every second.
/// </summary>
internal sealed class PlaybackFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = SegmentWriterHarness.Start;

    private readonly SegmentWriterHarness _harness;

    private PlaybackFixture(SegmentWriterHarness harness) => _harness = harness;

    public SegmentStore Store => _harness.Store;

    public IReadOnlyList<SegmentInfo> Segments => _harness.Closed;

    public InMemorySegmentLookup Lookup { get; } = new();

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero));

    public static async Task<PlaybackFixture> CreateAsync()
    {
        var clip = TestClip.H264();
        var h = new SegmentWriterHarness(new SegmentWriterOptions { Fsync = FsyncPolicy.None, MaxSegmentDuration = TimeSpan.FromSeconds(4), MaxTimestampJump = TimeSpan.FromSeconds(5) });
        await h.WriteAllAsync(clip.Track, clip.Units);
        var later = 30 * 90_000L;
        await h.WriteAllAsync(clip.Track, clip.Units.Select(u => u.WithTimestamps(u.Pts + later, u.Dts + later)));
        await h.Writer.CloseAsync(CancellationToken.None);
        var f = new PlaybackFixture(h);
        foreach (var s in h.Closed)
        {
            f.Lookup.Add(s);
        }

        return f;
    }

    public Task<PlaybackReader> OpenAsync(DateTimeOffset at, PlaybackOptions? options = null, ISegmentLookup? lookup = null) =>
        PlaybackReader.OpenAsync(Store, lookup ?? Lookup, "cam-1", "main", at, options, Time, NullLogger<PlaybackReader>.Instance, CancellationToken.None);

    /// <summary>Reads every item (as fast as possible: the options must not pace in real time).</summary>
    public static async Task<List<PlaybackItem>> ReadAllAsync(PlaybackReader reader)
    {
        var items = new List<PlaybackItem>();
        for (var i = 0; i < 10_000 && await reader.ReadAsync(CancellationToken.None).AsTask().WithTimeout() is { } item; i++)
        {
            items.Add(item);
        }

        return items;
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
