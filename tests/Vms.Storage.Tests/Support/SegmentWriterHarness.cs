using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Storage.Segments;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Support;

/// <summary>A segment writer on a temp store, collecting the segments it closes.</summary>
internal sealed class SegmentWriterHarness : IAsyncDisposable
{
    private readonly TempDirectory _dir = new();

    public SegmentWriterHarness(SegmentWriterOptions? options = null, ISegmentFileSystem? fileSystem = null, TimeProvider? time = null)
    {
        FileSystem = fileSystem ?? PhysicalSegmentFileSystem.Instance;
        Store = new SegmentStore(_dir.Path, FileSystem);
        Time = time ?? new ManualTimeProvider();
        Writer = new SegmentWriter(Store, "cam-1", "main", options ?? new SegmentWriterOptions { Fsync = FsyncPolicy.None }, Time,
            NullLogger.Instance, Closed.Add);
    }

    public static readonly DateTimeOffset Start = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    public SegmentStore Store { get; }

    public ISegmentFileSystem FileSystem { get; }

    public TimeProvider Time { get; }

    public SegmentWriter Writer { get; }

    public List<SegmentInfo> Closed { get; } = [];

    public string Root => _dir.Path;

    /// <summary>Writes the units in order; wall clock = <see cref="Start"/> + media time when the unit has none.</summary>
    public async Task<List<WriteStatus>> WriteAllAsync(MediaTrack track, IEnumerable<AccessUnit> units)
    {
        var statuses = new List<WriteStatus>();
        foreach (var u in units)
        {
            statuses.Add(await Writer.WriteAsync(track, u, Start + TimeSpan.FromTicks(u.Dts * TimeSpan.TicksPerSecond / track.ClockRate), CancellationToken.None));
        }

        return statuses;
    }

    /// <summary>Interleaves video and audio units by time, as a camera would send them.</summary>
    public async Task WriteInterleavedAsync(MediaTrack video, IReadOnlyList<AccessUnit> videoUnits, MediaTrack audio, IReadOnlyList<AccessUnit> audioUnits)
    {
        var items = videoUnits.Select(u => (Time: (double)u.Dts / video.ClockRate, Track: video, Unit: u))
            .Concat(audioUnits.Select(u => (Time: (double)u.Dts / audio.ClockRate, Track: audio, Unit: u)))
            .OrderBy(i => i.Time);
        foreach (var (time, track, unit) in items)
        {
            await Writer.WriteAsync(track, unit, Start + TimeSpan.FromSeconds(time), CancellationToken.None);
        }
    }

    public string FullPath(SegmentInfo info) => Store.GetFullPath(info.RelativePath);

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        _dir.Dispose();
    }
}
