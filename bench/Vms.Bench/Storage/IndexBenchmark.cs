using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Storage.Index;
using Vms.Storage.Retention;
using Vms.Storage.Segments;

namespace Vms.Bench.Storage;

/// <summary>
/// The SQLite segment index at site scale: <c>--cams</c> cameras × <c>--days</c> days of 60 s segments
/// (default 200 × 30 = 8.64 M rows). Reports DB size, bulk and batched insert rates, timeline / open-at / range
/// query latencies, usage, deleting the oldest day through retention (journal included) and verifying the
/// journal chain; then rebuild time per 1,000 real segment files (<c>--rebuild-segments</c>).
/// </summary>
internal sealed class IndexBenchmark : IBenchmark
{
    private const string Root = "r1";
    private static readonly DateTimeOffset Base = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "index";

    public string Description => "segment index: 200 cams x 30 days of 60 s segments in SQLite (size, insert, queries, retention, rebuild)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new BenchArgs(args);
        var cams = a.Int("cams", 200);
        var days = a.Int("days", 30);
        var queries = a.Int("queries", 500);
        var rebuildSegments = a.Int("rebuild-segments", 1000);
        var folder = a.String("folder", Path.Combine(Path.GetTempPath(), "vms-bench-index"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var results = new Dictionary<string, object>
        {
            ["loadavg_start"] = LoadAverage(),
            ["cams"] = cams,
            ["days"] = days,
            ["rows"] = (long)cams * days * 1440,
        };
        var options = SegmentIndexOptions.ForSqliteFolder(Path.Combine(folder, "data")) with { BatchMaxRows = 500 };
        var clock = new BenchClock(Base.AddDays(days));
        var index = await SqlSegmentIndex.OpenAsync(options, clock, NullLoggerFactory.Instance, cancellationToken).ConfigureAwait(false);
        await using (index.ConfigureAwait(false))
        {
            await InsertAsync(index, cams, days, results, cancellationToken).ConfigureAwait(false);
            await BatchedInsertAsync(index, cams, days, results, cancellationToken).ConfigureAwait(false);
            results["db_bytes"] = await CheckpointedSizeAsync(index, Path.Combine(folder, "data", SegmentIndexOptions.SqliteFileName), cancellationToken).ConfigureAwait(false);
            results["bytes_per_row"] = Math.Round((long)results["db_bytes"] / (double)(long)results["rows"], 1);
            await QueriesAsync(index, cams, days, queries, results, cancellationToken).ConfigureAwait(false);
            await RetentionAsync(index, clock, days, results, cancellationToken).ConfigureAwait(false);
        }

        SqliteConnection.ClearAllPools();
        if (rebuildSegments > 0)
        {
            await RebuildAsync(folder, rebuildSegments, results, cancellationToken).ConfigureAwait(false);
        }

        if (!a.Flag("keep"))
        {
            Directory.Delete(folder, recursive: true);
        }

        results["loadavg_end"] = LoadAverage();
        Console.WriteLine(JsonSerializer.Serialize(results));
        return 0;
    }

    private static SegmentInfo Segment(int camera, int minute) =>
        Segment(Camera(camera), Base.AddMinutes(minute), 30_000_000 + ((camera * 7919) + minute) % 500_000);

    private static SegmentInfo Segment(string camera, DateTimeOffset start, long bytes) =>
        new(camera, "main", start, start.AddMinutes(1), SegmentStore.GetRelativePath(camera, "main", start), bytes, CodecId.H264, 1920, 1080, 720, 60);

    private static string Camera(int i) => string.Create(CultureInfo.InvariantCulture, $"cam{i:D4}");

    private static async Task InsertAsync(SqlSegmentIndex index, int cams, int days, Dictionary<string, object> results, CancellationToken ct)
    {
        // time order, like live recorders: every camera's minute k, then minute k + 1
        var batch = new List<SegmentInfo>(50_000);
        var sw = Stopwatch.StartNew();
        for (var minute = 0; minute < days * 1440; minute++)
        {
            for (var c = 0; c < cams; c++)
            {
                batch.Add(Segment(c, minute));
            }

            if (batch.Count >= 50_000)
            {
                await index.UpsertAsync(Root, batch, ct).ConfigureAwait(false);
                batch.Clear();
                if (minute % 1440 == 0)
                {
                    Console.Error.WriteLine($"  day {minute / 1440}: {sw.Elapsed.TotalSeconds:0} s");
                }
            }
        }

        await index.UpsertAsync(Root, batch, ct).ConfigureAwait(false);
        var seconds = sw.Elapsed.TotalSeconds;
        results["bulk_insert_s"] = Math.Round(seconds, 1);
        results["bulk_rows_per_s"] = (long)((long)results["rows"] / seconds);
        Console.Error.WriteLine($"bulk insert: {results["rows"]} rows in {seconds:0.0} s");
    }

    private static async Task BatchedInsertAsync(SqlSegmentIndex index, int cams, int days, Dictionary<string, object> results, CancellationToken ct)
    {
        // one more hour through the background writer, every camera on its own task
        var batchesBefore = index.Writer.CommittedBatches;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, cams).Select(c => Task.Run(
            async () =>
            {
                for (var m = 0; m < 60; m++)
                {
                    await index.EnqueueAsync(Root, Segment(c, (days * 1440) + m), ct).ConfigureAwait(false);
                }
            },
            ct))).ConfigureAwait(false);
        await index.FlushAsync(ct).ConfigureAwait(false);
        var seconds = sw.Elapsed.TotalSeconds;
        results["queued_rows"] = cams * 60;
        results["queued_rows_per_s"] = (long)(cams * 60 / seconds);
        results["queued_transactions"] = index.Writer.CommittedBatches - batchesBefore;
        results["needed_rows_per_s"] = Math.Round(cams / 60.0, 2);
        Console.Error.WriteLine($"queued insert: {cams * 60} rows in {seconds:0.00} s, {results["queued_transactions"]} transactions");
    }

    private static async Task<long> CheckpointedSizeAsync(SqlSegmentIndex index, string file, CancellationToken ct)
    {
        var connection = await index.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);").ConfigureAwait(false);
        }

        return new FileInfo(file).Length;
    }

    private static async Task QueriesAsync(SqlSegmentIndex index, int cams, int days, int queries, Dictionary<string, object> results, CancellationToken ct)
    {
        var random = new Random(1);
        var timeline = await Percentiles.MeasureAsync(queries, async _ =>
        {
            var day = Base.AddDays(random.Next(days));
            var t = await index.GetTimelineAsync(Camera(random.Next(cams)), "main", day, day.AddDays(1), TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            Check(t.Spans.Count == 1 && t.Gaps.Count == 0, "a full day is one span");
        }).ConfigureAwait(false);
        var openAt = await Percentiles.MeasureAsync(queries, async _ =>
        {
            var at = Base.AddSeconds(random.NextDouble() * days * 86_400);
            var s = await index.OpenAtAsync(Camera(random.Next(cams)), "main", at, ct).ConfigureAwait(false);
            Check(s is not null && s.Segment.StartUtc <= at && s.Segment.EndUtc > at, "open-at finds the containing segment");
        }).ConfigureAwait(false);
        var hour = await Percentiles.MeasureAsync(queries, async _ =>
        {
            var from = Base.AddMinutes(random.Next((days * 1440) - 60));
            var found = await index.FindAsync(Camera(random.Next(cams)), "main", from, from.AddHours(1), ct).ConfigureAwait(false);
            Check(found.Count == 60, "an hour is 60 segments");
        }).ConfigureAwait(false);
        var usage = await Percentiles.MeasureAsync(5, async _ =>
        {
            var u = await index.GetUsageAsync(ct).ConfigureAwait(false);
            Check(u.Cameras.Count == cams, "usage lists every camera");
        }).ConfigureAwait(false);
        results["timeline_camera_day"] = Percentiles.Format(timeline);
        results["open_at_instant"] = Percentiles.Format(openAt);
        results["find_one_hour"] = Percentiles.Format(hour);
        results["usage_all_cameras"] = Percentiles.Format(usage);
        Console.Error.WriteLine($"timeline {results["timeline_camera_day"]}; open-at {results["open_at_instant"]}; hour {results["find_one_hour"]}; usage {results["usage_all_cameras"]}");
    }

    private static async Task RetentionAsync(SqlSegmentIndex index, BenchClock clock, int days, Dictionary<string, object> results, CancellationToken ct)
    {
        // now = Base + days + 1 h; a (days - 1)-day ceiling expires exactly the first day
        clock.Now = Base.AddDays(days).AddHours(1);
        var files = new NoFiles(Root);
        var sweeper = new RetentionSweeper(index, files, new RetentionExecutor(index, files, NullLogger<RetentionExecutor>.Instance), clock, NullLogger<RetentionSweeper>.Instance);
        var sw = Stopwatch.StartNew();
        var report = await sweeper.SweepAsync(new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(days - 1).Add(TimeSpan.FromHours(1)) }, ct).ConfigureAwait(false);
        var seconds = sw.Elapsed.TotalSeconds;
        results["retention_deleted_rows"] = report.DeletedForAge;
        results["retention_delete_day_s"] = Math.Round(seconds, 2);
        sw.Restart();
        var chain = await index.VerifyChainAsync(ct).ConfigureAwait(false);
        results["verify_chain_s"] = Math.Round(sw.Elapsed.TotalSeconds, 2);
        Check(chain.IsIntact && chain.EntriesChecked == report.DeletedForAge, "the journal holds one intact entry per deletion");
        Console.Error.WriteLine($"retention: {report.DeletedForAge} rows deleted and journalled in {seconds:0.00} s; chain verified in {results["verify_chain_s"]} s");
    }

    private static async Task RebuildAsync(string folder, int segments, Dictionary<string, object> results, CancellationToken ct)
    {
        var clip = ClipUnits.Load(Path.Combine(RepositoryRoot(), "tests", "Vms.Storage.Tests", "Fixtures", "testsrc-640x360-12fps-g12.h264"));
        var rootPath = Path.Combine(folder, "rebuild-root");
        var store = new SegmentStore(rootPath);
        var track = new MediaTrack(0, clip.Parameters);
        var clock = new BenchClock(Base);
        var sw = Stopwatch.StartNew();
        var cameras = Math.Max(1, segments / 100);
        for (var c = 0; c < cameras; c++)
        {
            var writer = new SegmentWriter(store, Camera(c), "main", new SegmentWriterOptions { Fsync = FsyncPolicy.None }, clock, NullLogger.Instance);
            await using (writer.ConfigureAwait(false))
            {
                // 60 s segments (720 pictures, 60 fragments): the clip looped
                var frames = (segments / cameras) * 720;
                for (var f = 0; f <= frames; f++)
                {
                    var (nals, key) = clip.Units[f % clip.Units.Count];
                    var pts = (long)f * 7_500;
                    var wall = Base.AddTicks(f * TimeSpan.TicksPerSecond / 12);
                    await writer.WriteAsync(track, new AccessUnit(CodecId.H264, nals, pts, pts, key, wall), wall, ct).ConfigureAwait(false);
                }

                await writer.CloseAsync(ct).ConfigureAwait(false);
            }
        }

        results["rebuild_write_files_s"] = Math.Round(sw.Elapsed.TotalSeconds, 1);
        var files = new FileSystemSegmentFiles([new StorageRoot(Root, rootPath)]);
        var options = SegmentIndexOptions.ForSqliteFolder(Path.Combine(folder, "rebuild-data"));
        var index = await SqlSegmentIndex.OpenAsync(options, clock, NullLoggerFactory.Instance, ct).ConfigureAwait(false);
        await using (index.ConfigureAwait(false))
        {
            var rebuilder = new IndexRebuilder(index, files, new StoreSegmentInfoReader(files), TimeProvider.System, NullLogger<IndexRebuilder>.Instance);
            var report = await rebuilder.RebuildAsync(ct).ConfigureAwait(false);
            results["rebuild_files"] = report.FilesSeen;
            results["rebuild_s"] = Math.Round(report.Elapsed.TotalSeconds, 2);
            results["rebuild_ms_per_1000_segments"] = Math.Round(report.PerThousandRead.TotalMilliseconds, 0);
            Check(report.Unreadable.Count == 0 && report.Added == report.FilesSeen, "every file is indexed");
            Console.Error.WriteLine($"rebuild: {report.FilesSeen} files in {report.Elapsed.TotalSeconds:0.00} s = {report.PerThousandRead.TotalMilliseconds:0} ms per 1000");
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 12 && dir is not null; i++, dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vms.sln not found above " + AppContext.BaseDirectory);
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("benchmark self-check failed: " + what);
        }
    }

    /// <summary>A clock the benchmark sets (retention's "now").</summary>
    private sealed class BenchClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
