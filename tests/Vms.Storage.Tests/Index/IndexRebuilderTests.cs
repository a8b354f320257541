using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index;
using Vms.Storage.Retention;
using Vms.Storage.Segments;
using Vms.TestSupport;
using Xunit.Abstractions;
using static Vms.Storage.Tests.Index.TestSegments;

namespace Vms.Storage.Tests.Index;

public sealed class IndexRebuilderTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly ILoggerFactory _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
    private readonly FakeReader _reader = new();
    private TempIndex _t = null!;

    public async Task InitializeAsync() => _t = await TempIndex.CreateAsync(_loggers, Day.AddDays(1), "r1", "r2");

    public async Task DisposeAsync()
    {
        await _t.DisposeAsync();
        _loggers.Dispose();
    }

    [Fact]
    public async Task Rebuild_DatabaseDeleted_ReconstructsTheSameRowsFromTheFiles()
    {
        await AddFilesAsync("r1", [.. Run("cam1", Day, 30, Minute), .. Run("cam1", Day, 30, Minute, stream: "sub")], index: true);
        await AddFilesAsync("r2", Run("cam2", Day, 40, Minute, bytes: 2_000), index: true);
        var before = await AllAsync();

        await _t.Index.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.Combine(_t.Folder, "data"), recursive: true);
        await _t.ReopenAsync();
        Assert.Equal(0, await _t.Index.CountSegmentsAsync(CancellationToken.None));

        var report = await Rebuilder().RebuildAsync(CancellationToken.None);

        Assert.Equal((100L, 100L, 0L, 0L), (report.FilesSeen, report.Added, report.Updated, report.Removed));
        Assert.Empty(report.Unreadable);
        Assert.Equal(before.Select(b => (b.Root, b.Segment)), (await AllAsync()).Select(a => (a.Root, a.Segment)));
        Assert.Equal(100, _reader.Reads);
    }

    [Fact]
    public async Task Reconcile_FilesWithoutRowsAndRowsWithoutFiles_AddsTheFormerAndJournalsTheLatter()
    {
        var indexed = Run("cam1", Day, 10, Minute);
        await AddFilesAsync("r1", indexed, index: true);
        var unindexed = Run("cam1", Day.AddHours(1), 5, Minute);
        await AddFilesAsync("r1", unindexed, index: false);
        var newCamera = Run("cam3", Day, 3, Minute);
        await AddFilesAsync("r2", newCamera, index: false);
        File.Delete(_t.Files.FullPath("r1", indexed[2].RelativePath));
        File.Delete(_t.Files.FullPath("r1", indexed[7].RelativePath));

        var report = await Rebuilder().ReconcileAsync(CancellationToken.None);

        Assert.Equal((16L, 8L, 8L, 0L, 2L), (report.FilesSeen, report.Added, report.Unchanged, report.Updated, report.Removed));
        Assert.Equal(8, _reader.Reads);
        var all = await AllAsync();
        Assert.Equal(16, all.Count);
        Assert.DoesNotContain(all, a => a.Segment == indexed[2] || a.Segment == indexed[7]);
        Assert.Contains(all, a => a.Root == "r2" && a.Segment == newCamera[0]);
        var journal = await _t.Index.ReadJournalAsync(0, 10, CancellationToken.None);
        Assert.Equal(["r1:" + indexed[2].RelativePath, "r1:" + indexed[7].RelativePath], journal.Select(j => j.Path).Order(StringComparer.Ordinal));
        Assert.All(journal, j => Assert.Equal((JournalKind.Missing, IndexRebuilder.Actor), (j.Kind, j.Actor)));
        Assert.True((await _t.Index.VerifyChainAsync(CancellationToken.None)).IsIntact);

        var again = await Rebuilder().ReconcileAsync(CancellationToken.None);
        Assert.Equal((16L, 0L, 16L, 0L), (again.FilesSeen, again.Added, again.Unchanged, again.Removed));
    }

    [Fact]
    public async Task Reconcile_FileSizeChanged_ReReadsIt()
    {
        var segments = Run("cam1", Day, 3, Minute, bytes: 1_000);
        await AddFilesAsync("r1", segments, index: true);
        // recovery truncated the last segment's torn tail: shorter file, earlier end
        var truncated = segments[2] with { Bytes = 600, EndUtc = segments[2].StartUtc.AddSeconds(36) };
        await File.WriteAllBytesAsync(_t.Files.FullPath("r1", truncated.RelativePath), new byte[600]);
        _reader.Set(truncated);

        var report = await Rebuilder().ReconcileAsync(CancellationToken.None);

        Assert.Equal((1L, 2L), (report.Updated, report.Unchanged));
        Assert.Equal(truncated, (await _t.Index.OpenAtAsync("cam1", "main", truncated.StartUtc, CancellationToken.None))!.Segment);
    }

    [Fact]
    public async Task Reconcile_UnreadableFile_IsReportedLeftOnDiskAndNotIndexed()
    {
        var segments = Run("cam1", Day, 3, Minute);
        await AddFilesAsync("r1", segments, index: false);
        _reader.Corrupt.Add(segments[1].RelativePath);

        var report = await Rebuilder().ReconcileAsync(CancellationToken.None);

        Assert.Equal(2, report.Added);
        var unreadable = Assert.Single(report.Unreadable);
        Assert.Equal(("r1", segments[1].RelativePath), (unreadable.Root, unreadable.Path));
        Assert.Contains("no moov", unreadable.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(_t.Files.FullPath("r1", segments[1].RelativePath)));
        Assert.Equal(2, await _t.Index.CountSegmentsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Rebuild_RealSegmentFiles_IndexesWhatTheFilesSay()
    {
        var clip = Export.ClipAccessUnits.H264();
        var written = new List<SegmentInfo>();
        for (var i = 0; i < 5; i++)
        {
            written.Add(await Export.TestSegmentWriter.WriteAsync(Path.Combine(_t.Folder, "r1"), "cam-7", clip, i * 24, 24, Day.AddHours(3).AddSeconds(2 * i)));
        }

        var report = await new IndexRebuilder(_t.Index, _t.Files, new StoreSegmentInfoReader(_t.Files), _t.Clock, _loggers.CreateLogger<IndexRebuilder>())
            .RebuildAsync(CancellationToken.None);

        Assert.Equal((5L, 5L), (report.FilesSeen, report.Added));
        Assert.Empty(report.Unreadable);
        Assert.Equal(written, (await AllAsync()).Select(a => a.Segment));
        var timeline = await _t.Index.GetTimelineAsync("cam-7", "main", Day.AddHours(3), Day.AddHours(4), TimeSpan.Zero, CancellationToken.None);
        Assert.Equal([(Day.AddHours(3), Day.AddHours(3).AddSeconds(10))], timeline.Spans.Select(s => (s.Start, s.End)));
    }

    private async Task AddFilesAsync(string root, List<SegmentInfo> segments, bool index)
    {
        foreach (var s in segments)
        {
            _reader.Set(s);
        }

        await _t.AddAsync(root, segments, index);
    }

    private async Task<List<IndexedSegment>> AllAsync()
    {
        var all = new List<IndexedSegment>();
        foreach (var root in new[] { "r1", "r2" })
        {
            all.AddRange(await _t.Index.PageByRootAsync(root, SegmentCursor.Start, 10_000, CancellationToken.None));
        }

        return [.. all.OrderBy(a => a.Root, StringComparer.Ordinal).ThenBy(a => a.Segment.RelativePath, StringComparer.Ordinal)];
    }

    private IndexRebuilder Rebuilder() => new(_t.Index, _t.Files, _reader.With(_t.Files), _t.Clock, _loggers.CreateLogger<IndexRebuilder>());

    /// <summary>Stands in for the segment file reader: "the file says" what the test registered for its path.</summary>
    private sealed class FakeReader : ISegmentInfoReader
    {
        private readonly Dictionary<string, SegmentInfo> _byPath = new(StringComparer.Ordinal);
        private ISegmentFiles? _files;

        public HashSet<string> Corrupt { get; } = new(StringComparer.Ordinal);

        public int Reads { get; private set; }

        public void Set(SegmentInfo s) => _byPath[s.RelativePath] = s;

        public FakeReader With(ISegmentFiles files)
        {
            _files = files;
            return this;
        }

        public Task<SegmentInfo> ReadAsync(string root, string relativePath, CancellationToken cancellationToken)
        {
            var fullPath = _files!.FullPath(root, relativePath);
            Reads++;
            Assert.True(File.Exists(fullPath), fullPath);
            if (Corrupt.Contains(relativePath))
            {
                throw new InvalidDataException("no moov in the first 16 boxes");
            }

            return Task.FromResult(_byPath[relativePath] with { Bytes = new FileInfo(fullPath).Length });
        }
    }
}
