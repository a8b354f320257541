using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index;
using Vms.Storage.Retention;
using Vms.TestSupport;
using Xunit.Abstractions;
using static Vms.Storage.Tests.Index.TestSegments;

namespace Vms.Storage.Tests.Index;

/// <summary>
/// The behaviour every index dialect must have. Each concrete subclass provides a fresh, empty database per
/// test; the tests are written once here.
/// </summary>
public abstract class SegmentIndexContractTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private protected ManualTimeProvider Clock { get; } = new(Day.AddDays(40));

    private protected ILoggerFactory Loggers { get; } = XunitLoggerProvider.Factory(output, LogLevel.Information);

    private protected SegmentIndexOptions Options { get; private set; } = null!;

    private protected SqlSegmentIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = await CreateDatabaseAsync();
        Index = await SqlSegmentIndex.OpenAsync(Options, Clock, Loggers, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Index.DisposeAsync();
        await DropDatabaseAsync();
        Loggers.Dispose();
    }

    /// <summary>Options for a new empty database (batch settings may be adjusted by the tests).</summary>
    private protected abstract Task<SegmentIndexOptions> CreateDatabaseAsync();

    private protected abstract Task DropDatabaseAsync();

    /// <summary>SQL that disables the journal's append-only protection (what an attacker with DB rights can do).</summary>
    private protected abstract string DisableJournalProtectionSql { get; }

    /// <summary>SQL that edits the bytes of journal entry 2.</summary>
    private protected abstract string EditJournalEntry2Sql { get; }

    private protected abstract string DeleteJournalEntry2Sql { get; }

    [EnvironmentFact]
    public async Task Migrations_RunAgainAndReopen_AreAppliedOnce()
    {
        await Index.UpsertAsync("r1", [Make("cam1", Day, Minute)], CancellationToken.None);

        Assert.Equal(0, await Index.MigrateAsync(CancellationToken.None));
        await using (var again = await SqlSegmentIndex.OpenAsync(Options, Clock, Loggers, CancellationToken.None))
        {
            Assert.Equal(1, await again.CountSegmentsAsync(CancellationToken.None));
        }

        var versions = await Index.SchemaVersionsAsync(CancellationToken.None);
        var expected = SqlScripts.For(Options.Dialect).Migrations.Select(m => (m.Version, m.Name)).ToList();
        Assert.Equal(expected.Select(e => ((long)e.Version, e.Name)), versions);
        Assert.Equal(1, await Index.CountSegmentsAsync(CancellationToken.None));
    }

    [EnvironmentFact]
    public async Task Find_RangeOverlappingSegments_ReturnsThemOldestFirst()
    {
        await Index.UpsertAsync("r1", [.. Run("cam1", Day, 10, Minute), .. Run("cam2", Day, 10, Minute), .. Run("cam1", Day, 10, Minute, stream: "sub")], CancellationToken.None);

        // 00:02:30 .. 00:05:00 overlaps the segments starting 00:02, 00:03, 00:04
        var found = await Index.FindAsync("cam1", "main", Day.AddSeconds(150), Day.AddMinutes(5), CancellationToken.None);

        Assert.Equal([Day.AddMinutes(2), Day.AddMinutes(3), Day.AddMinutes(4)], found.Select(f => f.Segment.StartUtc));
        Assert.All(found, f => Assert.Equal(("cam1", "main", "r1"), (f.Segment.CameraId, f.Segment.StreamName, f.Root)));
        var first = found[0].Segment;
        Assert.Equal(Make("cam1", Day.AddMinutes(2), Minute), first);
    }

    [EnvironmentFact]
    public async Task Find_LongSegmentStartingBeforeRange_IsFound()
    {
        // a 3-hour segment (recorder configured for long files) must be found from a range deep inside it
        await Index.UpsertAsync("r1", [Make("cam1", Day, TimeSpan.FromHours(3)), Make("cam1", Day.AddHours(3), Minute)], CancellationToken.None);

        var found = await Index.FindAsync("cam1", "main", Day.AddHours(2), Day.AddHours(2).AddMinutes(1), CancellationToken.None);

        Assert.Equal(Day, Assert.Single(found).Segment.StartUtc);
    }

    [EnvironmentFact]
    public async Task Upsert_SameCameraStreamAndStart_ReplacesTheRow()
    {
        await Index.UpsertAsync("r1", [Make("cam1", Day, Minute, bytes: 500)], CancellationToken.None);
        await Index.UpsertAsync("r1", [Make("cam1", Day, TimeSpan.FromSeconds(30), bytes: 200)], CancellationToken.None);

        var only = Assert.Single(await Index.FindAsync("cam1", "main", Day, Day.AddHours(1), CancellationToken.None));
        Assert.Equal((200L, Day.AddSeconds(30)), (only.Segment.Bytes, only.Segment.EndUtc));
        var usage = await Index.GetUsageAsync(CancellationToken.None);
        Assert.Equal((1L, 200L), (usage.Segments, usage.Bytes));
    }

    [EnvironmentFact]
    public async Task OpenAt_InstantInsideGapOrAfterEnd_ReturnsContainingFollowingOrNull()
    {
        // 00:00-00:01, 00:01-00:02, gap, 00:10-00:11
        await Index.UpsertAsync("r1", [.. Run("cam1", Day, 2, Minute), Make("cam1", Day.AddMinutes(10), Minute)], CancellationToken.None);

        var inside = await Index.OpenAtAsync("cam1", "main", Day.AddSeconds(75), CancellationToken.None);
        var onBoundary = await Index.OpenAtAsync("cam1", "main", Day.AddMinutes(1), CancellationToken.None);
        var inGap = await Index.OpenAtAsync("cam1", "main", Day.AddMinutes(5), CancellationToken.None);
        var before = await Index.OpenAtAsync("cam1", "main", Day.AddDays(-1), CancellationToken.None);
        var after = await Index.OpenAtAsync("cam1", "main", Day.AddMinutes(11), CancellationToken.None);
        var otherStream = await Index.OpenAtAsync("cam1", "sub", Day.AddSeconds(75), CancellationToken.None);

        Assert.Equal(Day.AddMinutes(1), inside!.Segment.StartUtc);
        Assert.Equal(Day.AddMinutes(1), onBoundary!.Segment.StartUtc);
        Assert.Equal(Day.AddMinutes(10), inGap!.Segment.StartUtc);
        Assert.Equal(Day, before!.Segment.StartUtc);
        Assert.Null(after);
        Assert.Null(otherStream);
    }

    [EnvironmentFact]
    public async Task Timeline_SegmentsWithSmallAndLargeGaps_JoinsWithinToleranceAndReportsGaps()
    {
        // 00:00..00:03 contiguous; 00:03:00.5 .. 00:05 after a 0.5 s hiccup; 00:20 .. 00:22 after a 15 min outage
        var segments = new List<Vms.Storage.Segments.SegmentInfo>
        {
            Make("cam1", Day, Minute),
            Make("cam1", Day.AddMinutes(1), Minute),
            Make("cam1", Day.AddMinutes(2), Minute),
            Make("cam1", Day.AddMinutes(3).AddMilliseconds(500), TimeSpan.FromSeconds(119.5)),
            Make("cam1", Day.AddMinutes(20), Minute),
            Make("cam1", Day.AddMinutes(21), Minute),
        };
        await Index.UpsertAsync("r1", segments, CancellationToken.None);

        var timeline = await Index.GetTimelineAsync("cam1", "main", Day.AddSeconds(-30), Day.AddMinutes(21).AddSeconds(30), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(
            [(Day, Day.AddMinutes(5), 4L), (Day.AddMinutes(20), Day.AddMinutes(21).AddSeconds(30), 2L)],
            timeline.Spans.Select(s => (s.Start, s.End, s.SegmentCount)));
        Assert.Equal(
            [new TimeRange(Day.AddSeconds(-30), Day), new TimeRange(Day.AddMinutes(5), Day.AddMinutes(20))],
            timeline.Gaps);

        var strict = await Index.GetTimelineAsync("cam1", "main", Day, Day.AddMinutes(6), TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(
            [(Day, Day.AddMinutes(3)), (Day.AddMinutes(3).AddMilliseconds(500), Day.AddMinutes(5))],
            strict.Spans.Select(s => (s.Start, s.End)));
        Assert.Equal(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(500), strict.Recorded);
    }

    [EnvironmentFact]
    public async Task Timeline_NoRecordings_IsOneGap()
    {
        var timeline = await Index.GetTimelineAsync("cam9", "main", Day, Day.AddDays(1), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Empty(timeline.Spans);
        Assert.Equal([new TimeRange(Day, Day.AddDays(1))], timeline.Gaps);
    }

    [EnvironmentFact]
    public async Task Usage_TwoCamerasTwoRoots_ReportsPerCameraPerRootAndTotal()
    {
        await Index.UpsertAsync("r1", Run("cam1", Day.AddHours(23), 120, Minute, bytes: 100), CancellationToken.None); // spans 2 UTC days
        await Index.UpsertAsync("r1", Run("cam1", Day.AddHours(1), 2, Minute, bytes: 100, stream: "sub"), CancellationToken.None);
        await Index.UpsertAsync("r2", Run("cam2", Day.AddDays(3), 10, Minute, bytes: 1000), CancellationToken.None);

        var usage = await Index.GetUsageAsync(CancellationToken.None);

        var cam1 = usage.Cameras.Single(c => c.CameraId == "cam1");
        Assert.Equal((122L, 12_200L, Day.AddHours(1), Day.AddHours(25), 2), (cam1.Segments, cam1.Bytes, cam1.Oldest, cam1.Newest, cam1.DaysWithRecordings));
        var cam2 = usage.Cameras.Single(c => c.CameraId == "cam2");
        Assert.Equal((10L, 10_000L, Day.AddDays(3), Day.AddDays(3).AddMinutes(10), 1), (cam2.Segments, cam2.Bytes, cam2.Oldest, cam2.Newest, cam2.DaysWithRecordings));
        Assert.Equal([new RootUsage("r1", 122, 12_200), new RootUsage("r2", 10, 10_000)], usage.Roots);
        Assert.Equal((132L, 22_200L, Day.AddHours(1), Day.AddDays(3).AddMinutes(10), 3), (usage.Segments, usage.Bytes, usage.Oldest, usage.Newest, usage.DaysWithRecordings));
    }

    [EnvironmentFact]
    public async Task RemoveAndJournal_Segments_RemovesRowsUpdatesUsageAndChainsEntries()
    {
        await Index.UpsertAsync("r1", Run("cam1", Day, 5, Minute, bytes: 100), CancellationToken.None);
        var victims = await Index.FindAsync("cam1", "main", Day, Day.AddMinutes(2), CancellationToken.None);

        var entries = await Index.RemoveAndJournalAsync([.. victims.Select(v => new SegmentRemoval(v, JournalKind.Age, "older than 30 days"))], "retention", CancellationToken.None);

        Assert.Equal([1L, 2L], entries.Select(e => e.Seq));
        Assert.Equal(JournalChain.Genesis, entries[0].PrevHash);
        Assert.Equal(entries[0].Hash, entries[1].PrevHash);
        Assert.Equal(("cam1", "main", Day, Day.AddMinutes(1), 100L, "r1:" + PathFor("cam1", "main", Day), "retention", Clock.GetUtcNow()),
            (entries[0].CameraId, entries[0].StreamName, entries[0].StartUtc, entries[0].EndUtc, entries[0].Bytes, entries[0].Path, entries[0].Actor, entries[0].AtUtc));
        Assert.Equal(3, await Index.CountSegmentsAsync(CancellationToken.None));
        Assert.Equal(300, (await Index.GetUsageAsync(CancellationToken.None)).Bytes);
        Assert.Equal(entries, await Index.ReadJournalAsync(0, 100, CancellationToken.None));
        var verification = await Index.VerifyChainAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal((2L, 2L, entries[1].Hash), (verification.EntriesChecked, verification.HeadSeq, verification.HeadHash));
    }

    [EnvironmentFact]
    public async Task Holds_PlaceAndRelease_AreListedAndJournalled()
    {
        var hold = await Index.PlaceHoldAsync("cam1", Day.AddHours(8), Day.AddHours(9), "PV 2026/123", "user:officer", CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(2));
        var released = await Index.ReleaseHoldAsync(hold.Id, "user:prosecutor", CancellationToken.None);
        var again = await Index.ReleaseHoldAsync(hold.Id, "user:someone", CancellationToken.None);
        var missing = await Index.ReleaseHoldAsync(hold.Id + 100, "user:someone", CancellationToken.None);

        Assert.True(hold.IsActive);
        Assert.Equal(("user:prosecutor", (DateTimeOffset?)Clock.GetUtcNow()), (released!.ReleasedBy, released.ReleasedAtUtc));
        Assert.Equal(released, again);
        Assert.Null(missing);
        Assert.Empty(await Index.GetHoldsAsync(includeReleased: false, CancellationToken.None));
        Assert.Equal([released], await Index.GetHoldsAsync(includeReleased: true, CancellationToken.None));
        var journal = await Index.FindJournalAsync("cam1", Day, Day.AddDays(1), CancellationToken.None);
        Assert.Equal([JournalKind.HoldPlaced, JournalKind.HoldReleased], journal.Select(j => j.Kind));
        Assert.Equal(["user:officer", "user:prosecutor"], journal.Select(j => j.Actor));
        Assert.All(journal, j => Assert.Equal($"hold {hold.Id}: PV 2026/123", j.Reference));
        Assert.True((await Index.VerifyChainAsync(CancellationToken.None)).IsIntact);
    }

    [EnvironmentFact]
    public async Task Journal_UpdateOrDeleteThroughSql_IsRefused()
    {
        await Index.PlaceHoldAsync("cam1", Day, Day.AddHours(1), "ref", "user:a", CancellationToken.None);
        await using var connection = await Index.OpenAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE destruction_journal SET bytes = 5"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM destruction_journal"));
        Assert.Single(await Index.ReadJournalAsync(0, 10, CancellationToken.None));
    }

    [EnvironmentFact]
    public async Task VerifyChain_EntryEditedInDatabase_ReportsThatEntry()
    {
        await Index.UpsertAsync("r1", Run("cam1", Day, 4, Minute), CancellationToken.None);
        var all = await Index.FindAsync("cam1", "main", Day, Day.AddHours(1), CancellationToken.None);
        await Index.RemoveAndJournalAsync([.. all.Select(s => new SegmentRemoval(s, JournalKind.Quota, "root full"))], "retention", CancellationToken.None);
        Assert.True((await Index.VerifyChainAsync(CancellationToken.None)).IsIntact);

        await using (var connection = await Index.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(DisableJournalProtectionSql);
            await connection.ExecuteAsync(EditJournalEntry2Sql);
        }

        var verification = await Index.VerifyChainAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.FirstBrokenSeq);
        Assert.Contains("edited", verification.Problem, StringComparison.Ordinal);
    }

    [EnvironmentFact]
    public async Task VerifyChain_EntryDeletedFromDatabase_ReportsTheHole()
    {
        await Index.UpsertAsync("r1", Run("cam1", Day, 4, Minute), CancellationToken.None);
        var all = await Index.FindAsync("cam1", "main", Day, Day.AddHours(1), CancellationToken.None);
        await Index.RemoveAndJournalAsync([.. all.Select(s => new SegmentRemoval(s, JournalKind.Manual, "operator request"))], "user:admin", CancellationToken.None);

        await using (var connection = await Index.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(DisableJournalProtectionSql);
            await connection.ExecuteAsync(DeleteJournalEntry2Sql);
        }

        var verification = await Index.VerifyChainAsync(CancellationToken.None);

        Assert.Equal((false, 3L), (verification.IsIntact, verification.FirstBrokenSeq));
        Assert.Contains("entry 2 is missing", verification.Problem, StringComparison.Ordinal);
    }

    [EnvironmentFact]
    public async Task Enqueue_ManyConcurrentCameras_CommitsEveryRowInFewTransactions()
    {
        const int cameras = 200;
        const int perCamera = 15;
        var writers = Enumerable.Range(0, cameras).Select(c => Task.Run(async () =>
        {
            foreach (var s in Run($"cam{c:D3}", Day, perCamera, Minute))
            {
                await Index.EnqueueAsync("r1", s, CancellationToken.None);
            }
        }));
        await Task.WhenAll(writers).WithTimeout();

        await Index.FlushAsync(CancellationToken.None).WithTimeout();

        Assert.Equal(cameras * perCamera, await Index.CountSegmentsAsync(CancellationToken.None));
        Assert.Equal(cameras * perCamera, Index.Writer.CommittedRows);
        Assert.InRange(Index.Writer.CommittedBatches, cameras * perCamera / Options.BatchMaxRows, cameras * perCamera / 10);
        Assert.Equal(0, Index.Writer.LostRows);
    }

    [EnvironmentFact]
    public async Task Enqueue_BatchFull_CommitsWithoutWaitingForTheInterval()
    {
        var committed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Index.Writer.BatchCommitted += rows => committed.TrySetResult(rows);

        foreach (var s in Run("cam1", Day, Options.BatchMaxRows, TimeSpan.FromSeconds(1)))
        {
            await Index.EnqueueAsync("r1", s, CancellationToken.None);
        }

        Assert.Equal(Options.BatchMaxRows, await committed.Task.WithTimeout());
        Assert.Equal(Options.BatchMaxRows, await Index.CountSegmentsAsync(CancellationToken.None));
    }

    [EnvironmentFact]
    public async Task Enqueue_FewRowsThenIntervalElapses_CommitsThem()
    {
        var committed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Index.Writer.BatchCommitted += rows => committed.TrySetResult(rows);

        await Index.EnqueueAsync("r1", Make("cam1", Day, Minute), CancellationToken.None);
        await Index.EnqueueAsync("r1", Make("cam1", Day.AddMinutes(1), Minute), CancellationToken.None);
        Assert.False(committed.Task.IsCompleted);
        Clock.Advance(Options.BatchInterval);

        Assert.Equal(2, await committed.Task.WithTimeout());
        Assert.Equal(2, await Index.CountSegmentsAsync(CancellationToken.None));
    }

    [EnvironmentFact]
    public async Task Dispose_WithQueuedRows_CommitsThemFirst()
    {
        foreach (var s in Run("cam1", Day, 7, Minute))
        {
            await Index.EnqueueAsync("r1", s, CancellationToken.None);
        }

        await Index.DisposeAsync();
        await using var reopened = await SqlSegmentIndex.OpenAsync(Options, Clock, Loggers, CancellationToken.None);

        Assert.Equal(7, await reopened.CountSegmentsAsync(CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Index.EnqueueAsync("r1", Make("cam1", Day, Minute), CancellationToken.None).AsTask());
    }

    [EnvironmentFact]
    public async Task PageByRoot_Cursor_WalksEverySegmentOldestFirstOnce()
    {
        await Index.UpsertAsync("r1", [.. Run("cam1", Day, 25, Minute), .. Run("cam2", Day.AddSeconds(30), 25, Minute)], CancellationToken.None);
        await Index.UpsertAsync("r2", Run("cam3", Day, 5, Minute), CancellationToken.None);

        var seen = new List<IndexedSegment>();
        var cursor = SegmentCursor.Start;
        for (var page = 0; page < 100; page++)
        {
            var rows = await Index.PageByRootAsync("r1", cursor, 7, CancellationToken.None);
            if (rows.Count == 0)
            {
                break;
            }

            seen.AddRange(rows);
            cursor = SegmentCursor.After(rows[^1]);
        }

        Assert.Equal(50, seen.Count);
        Assert.Equal(seen.OrderBy(s => s.Segment.StartUtc).Select(s => s.Id), seen.Select(s => s.Id));
        Assert.Equal(50, seen.Select(s => s.Id).Distinct().Count());
    }

    [EnvironmentFact]
    public async Task PageByCameraBefore_AllStreams_ReturnsOnlyOlderSegmentsOfThatCamera()
    {
        await Index.UpsertAsync("r1", [.. Run("cam1", Day, 10, Minute), .. Run("cam1", Day, 10, Minute, stream: "sub"), .. Run("cam2", Day, 10, Minute)], CancellationToken.None);

        var page = await Index.PageByCameraBeforeAsync("cam1", Day.AddMinutes(3), SegmentCursor.Start, 100, CancellationToken.None);

        Assert.Equal(6, page.Count);
        Assert.All(page, p => Assert.True(p.Segment.CameraId == "cam1" && p.Segment.StartUtc < Day.AddMinutes(3)));
    }
}
