using Dapper;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index;
using Vms.Storage.Retention;
using Vms.Storage.Tests.Index;
using Vms.TestSupport;
using Xunit.Abstractions;
using static Vms.Storage.Tests.Index.TestSegments;

namespace Vms.Storage.Tests.Retention;

public sealed class RetentionSweeperTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly ILoggerFactory _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
    private TempIndex _t = null!;

    public async Task InitializeAsync() => _t = await TempIndex.CreateAsync(_loggers, Day.AddDays(31), "r1", "r2");

    public async Task DisposeAsync()
    {
        await _t.DisposeAsync();
        _loggers.Dispose();
    }

    [Fact]
    public async Task Sweep_AgeAndQuota_DeletesFilesAndJournalsEachDeletionInAnIntactChain()
    {
        // cam1 on r1: 48 hourly segments from Day (the first 24 are older than 30 days at Day+31)
        // cam2 on r2: 10 recent segments of 1000 bytes, r2 limited to 6000 bytes
        await _t.AddAsync("r1", Run("cam1", Day, 48, Hour, bytes: 100));
        await _t.AddAsync("r2", Run("cam2", Day.AddDays(30), 10, Hour, bytes: 1_000));
        var policies = new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(30), Roots = [new RootQuota("r2", MaxBytes: 6_000)] };

        var report = await Sweeper(pageSize: 7).SweepAsync(policies, CancellationToken.None);

        Assert.Equal((24, 2_400L, 4, 4_000L), (report.DeletedForAge, report.BytesDeletedForAge, report.DeletedForQuota, report.BytesDeletedForQuota));
        Assert.True(report.PoliciesMet);
        Assert.Equal((1L, 28L), (report.FirstJournalSeq, report.LastJournalSeq));
        Assert.Equal(24 + 6, await _t.Index.CountSegmentsAsync(CancellationToken.None));
        Assert.Equal(24 + 6, _t.Files.Enumerate("r1").Count() + _t.Files.Enumerate("r2").Count());
        Assert.False(File.Exists(_t.Files.FullPath("r1", PathFor("cam1", "main", Day))));
        Assert.True(File.Exists(_t.Files.FullPath("r1", PathFor("cam1", "main", Day.AddDays(1)))));
        Assert.False(Directory.Exists(Path.Combine(_t.Folder, "r1", "cam1", "2026", "03", "10")));

        var journal = await _t.Index.ReadJournalAsync(0, 100, CancellationToken.None);
        Assert.Equal(Enumerable.Repeat(JournalKind.Age, 24).Concat(Enumerable.Repeat(JournalKind.Quota, 4)), journal.Select(j => j.Kind));
        Assert.All(journal, j => Assert.Equal((RetentionSweeper.Actor, _t.Clock.GetUtcNow()), (j.Actor, j.AtUtc)));
        Assert.Equal("r2:" + PathFor("cam2", "main", Day.AddDays(30)), journal[24].Path);
        Assert.True((await _t.Index.VerifyChainAsync(CancellationToken.None)).IsIntact);

        var again = await Sweeper().SweepAsync(policies, CancellationToken.None);
        Assert.Equal((0, 0), (again.DeletedForAge, again.DeletedForQuota));
    }

    [Fact]
    public async Task Sweep_HeldRange_SurvivesAgeAndQuotaUntilReleased()
    {
        await _t.AddAsync("r1", Run("cam1", Day, 6, Hour, bytes: 1_000));
        var hold = await _t.Index.PlaceHoldAsync("cam1", Day.AddHours(2).AddMinutes(30), Day.AddHours(3).AddMinutes(30), "requisition PV-77", "user:opj", CancellationToken.None);
        var policies = new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(30), Roots = [new RootQuota("r1", MaxBytes: 0)] };

        var report = await Sweeper().SweepAsync(policies, CancellationToken.None);

        // the 02:00 and 03:00 segments overlap the hold and stay whole; nothing else survives
        Assert.Equal(4, report.DeletedForAge);
        Assert.Equal([Day.AddHours(2), Day.AddHours(3)], (await _t.Index.FindAsync("cam1", "main", Day, Day.AddDays(1), CancellationToken.None)).Select(s => s.Segment.StartUtc));
        Assert.Equal(2, report.Held.Count);
        var shortfall = Assert.Single(report.Shortfalls);
        Assert.Equal(("r1", 2_000L, 2_000L), (shortfall.Root, shortfall.MissingBytes, shortfall.HeldBytes));
        Assert.False(report.PoliciesMet);

        _t.Clock.Advance(TimeSpan.FromDays(3));
        await _t.Index.ReleaseHoldAsync(hold.Id, "user:prosecutor", CancellationToken.None);
        var after = await Sweeper().SweepAsync(policies, CancellationToken.None);

        Assert.Equal(2, after.DeletedForAge);
        Assert.Equal(0, await _t.Index.CountSegmentsAsync(CancellationToken.None));
        var kinds = (await _t.Index.ReadJournalAsync(0, 100, CancellationToken.None)).Select(j => j.Kind).ToList();
        Assert.Equal([JournalKind.HoldPlaced, .. Enumerable.Repeat(JournalKind.Age, 4), JournalKind.HoldReleased, JournalKind.Age, JournalKind.Age], kinds);
    }

    [Fact]
    public async Task Execute_FileThatCannotBeDeleted_StaysIndexedWithoutJournalEntry()
    {
        var segments = Run("cam1", Day, 3, Hour);
        await _t.AddAsync("r1", segments);
        var files = new FailingFiles(_t.Files, segments[1].RelativePath);
        var executor = new RetentionExecutor(_t.Index, files, _loggers.CreateLogger<RetentionExecutor>());
        var indexed = await _t.Index.FindAsync("cam1", "main", Day, Day.AddDays(1), CancellationToken.None);

        var result = await executor.DeleteManuallyAsync(indexed, "user:admin", "ticket 42", CancellationToken.None);

        Assert.Equal([segments[0].RelativePath, segments[2].RelativePath], result.Journalled.Select(e => e.Path["r1:".Length..]));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(segments[1].RelativePath, failure.Segment.Segment.RelativePath);
        Assert.Contains("disk says no", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(segments[1], Assert.Single(await _t.Index.FindAsync("cam1", "main", Day, Day.AddDays(1), CancellationToken.None)).Segment);
        Assert.All(result.Journalled, e => Assert.Equal((JournalKind.Manual, "ticket 42", "user:admin"), (e.Kind, e.Reference, e.Actor)));
    }

    [Fact]
    public async Task DeleteManually_HeldSegment_IsRefused()
    {
        await _t.AddAsync("r1", Run("cam1", Day, 2, Hour));
        await _t.Index.PlaceHoldAsync("cam1", Day, Day.AddMinutes(1), "PV-1", "user:opj", CancellationToken.None);
        var executor = new RetentionExecutor(_t.Index, _t.Files, _loggers.CreateLogger<RetentionExecutor>());
        var indexed = await _t.Index.FindAsync("cam1", "main", Day, Day.AddDays(1), CancellationToken.None);

        var result = await executor.DeleteManuallyAsync(indexed, "user:admin", "cleanup", CancellationToken.None);

        Assert.Single(result.Journalled);
        Assert.Contains("legal hold", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(_t.Files.FullPath("r1", PathFor("cam1", "main", Day))));
    }

    [Fact]
    public async Task WereDestroyed_DaySweptAway_ListsTheEntriesWithTimeReasonAndIntactChain()
    {
        await _t.AddAsync("r1", [.. Run("cam1", Day, 24, Hour), .. Run("cam1", Day.AddDays(1), 24, Hour), .. Run("cam2", Day, 24, Hour)]);
        var policies = new RetentionPolicies { CameraMaxAge = new Dictionary<string, TimeSpan> { ["cam1"] = TimeSpan.FromDays(30) } };
        var sweptAt = _t.Clock.GetUtcNow();
        await Sweeper().SweepAsync(policies, CancellationToken.None);
        var journal = new DestructionJournal(_t.Index);

        var day = await journal.WereDestroyedAsync("cam1", DateOnly.FromDateTime(Day.UtcDateTime), TimeZoneInfo.Utc, CancellationToken.None);
        var nextDay = await journal.WereDestroyedAsync("cam1", DateOnly.FromDateTime(Day.UtcDateTime.AddDays(1)), TimeZoneInfo.Utc, CancellationToken.None);
        var otherCamera = await journal.WereDestroyedAsync("cam2", DateOnly.FromDateTime(Day.UtcDateTime), TimeZoneInfo.Utc, CancellationToken.None);

        Assert.True(day.FullyDestroyed);
        Assert.Equal(24, day.Erasures.Count);
        Assert.Equal(sweptAt, day.LastErasureAtUtc);
        Assert.All(day.Erasures, e => Assert.Equal(JournalKind.Age, e.Kind));
        Assert.False(nextDay.FullyDestroyed);
        Assert.Equal((0, 24), (nextDay.Erasures.Count, nextDay.SegmentsRemaining));
        Assert.Equal((0, 24), (otherCamera.Erasures.Count, otherCamera.SegmentsRemaining));

        await using (var connection = await _t.Index.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DROP TRIGGER tr_journal_no_update; UPDATE destruction_journal SET at_us = at_us + 1000000 WHERE seq = 17;");
        }

        var tampered = await journal.WereDestroyedAsync("cam1", DateOnly.FromDateTime(Day.UtcDateTime), TimeZoneInfo.Utc, CancellationToken.None);
        Assert.False(tampered.FullyDestroyed);
        Assert.Equal((false, 17L), (tampered.Chain.IsIntact, tampered.Chain.FirstBrokenSeq));
    }

    [Fact]
    public async Task WereDestroyed_LocalDayInParis_CoversItsUtcRange()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        // 2026-03-10 in Paris is 2026-03-09T23:00Z .. 2026-03-10T23:00Z
        await _t.AddAsync("r1", Run("cam1", Day.AddHours(-2), 26, Hour));
        var journal = new DestructionJournal(_t.Index);

        var report = await journal.WereDestroyedAsync("cam1", new DateOnly(2026, 3, 10), paris, CancellationToken.None);

        Assert.Equal((Day.AddHours(-1), Day.AddHours(23)), (report.FromUtc, report.ToUtc));
        Assert.Equal(24, report.SegmentsRemaining);
    }

    private RetentionSweeper Sweeper(int pageSize = 5_000) => new(
        _t.Index,
        _t.Files,
        new RetentionExecutor(_t.Index, _t.Files, _loggers.CreateLogger<RetentionExecutor>()),
        _t.Clock,
        _loggers.CreateLogger<RetentionSweeper>(),
        pageSize);

    private sealed class FailingFiles(ISegmentFiles inner, string failingPath) : ISegmentFiles
    {
        public IReadOnlyList<StorageRoot> Roots => inner.Roots;

        public string FullPath(string root, string relativePath) => inner.FullPath(root, relativePath);

        public IEnumerable<string> Enumerate(string root) => inner.Enumerate(root);

        public IEnumerable<string> Cameras(string root) => inner.Cameras(root);

        public IEnumerable<string> Enumerate(string root, string cameraId) => inner.Enumerate(root, cameraId);

        public long? Length(string root, string relativePath) => inner.Length(root, relativePath);

        public long? FreeBytes(string root) => inner.FreeBytes(root);

        public Task<bool> DeleteAsync(string root, string relativePath, CancellationToken cancellationToken) =>
            relativePath == failingPath ? throw new IOException("disk says no") : inner.DeleteAsync(root, relativePath, cancellationToken);
    }
}
