using Vms.Storage.Index;
using Vms.Storage.Retention;
using Vms.TestSupport;
using static Vms.Storage.Tests.Index.TestSegments;

namespace Vms.Storage.Tests.Retention;

public sealed class RetentionPlannerTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly IReadOnlyDictionary<string, RootSpace> NoUsage = new Dictionary<string, RootSpace>();

    private readonly ManualTimeProvider _clock = new(Day.AddDays(30).AddHours(12));
    private long _nextId = 1;

    [Fact]
    public void Plan_SegmentsStartedBeforeTheCutoff_AreDeletedForAgeIncludingTheStraddlingOne()
    {
        var policies = new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(30) };
        var clock = new ManualTimeProvider(Day.AddDays(30).AddHours(12).AddMinutes(30));
        // cutoff = Day 12:30; hourly segments 10:00, 11:00, 12:00 (straddles the cutoff), 13:00
        var segments = Hourly("cam1", "r1", Day.AddHours(10), 4);

        var plan = RetentionPlanner.Plan(clock.GetUtcNow(), policies, [], segments, NoUsage);

        Assert.Equal([Day.AddHours(10), Day.AddHours(11), Day.AddHours(12)], plan.Deletions.Select(d => d.Segment.Segment.StartUtc));
        Assert.All(plan.Deletions, d => Assert.Equal(JournalKind.Age, d.Reason));
        Assert.Empty(plan.Shortfalls);

        clock.Advance(TimeSpan.FromMinutes(30)); // cutoff 13:00: the 13:00 segment is exactly at it and stays
        Assert.Equal(3, RetentionPlanner.Plan(clock.GetUtcNow(), policies, [], segments, NoUsage).Deletions.Count);
        clock.Advance(TimeSpan.FromTicks(10)); // a microsecond later it goes too
        Assert.Equal(4, RetentionPlanner.Plan(clock.GetUtcNow(), policies, [], segments, NoUsage).Deletions.Count);
    }

    [Fact]
    public void Plan_CameraGroupAndDefaultRules_TheShortestApplies()
    {
        var policies = new RetentionPolicies
        {
            DefaultMaxAge = TimeSpan.FromDays(30),
            CameraMaxAge = new Dictionary<string, TimeSpan> { ["long"] = TimeSpan.FromDays(60), ["short"] = TimeSpan.FromDays(14) },
            CameraGroups = new Dictionary<string, string> { ["grouped"] = "schools", ["long"] = "schools" },
            GroupMaxAge = new Dictionary<string, TimeSpan> { ["schools"] = TimeSpan.FromDays(20) },
        };

        Assert.Equal(TimeSpan.FromDays(20), policies.MaxAgeFor("long"));
        Assert.Equal(TimeSpan.FromDays(14), policies.MaxAgeFor("short"));
        Assert.Equal(TimeSpan.FromDays(20), policies.MaxAgeFor("grouped"));
        Assert.Equal(TimeSpan.FromDays(30), policies.MaxAgeFor("other"));
        Assert.Null(new RetentionPolicies().MaxAgeFor("other"));

        var now = _clock.GetUtcNow();
        var segments = new[] { "long", "short", "grouped", "other" }
            .SelectMany(c => Hourly(c, "r1", now.AddDays(-25), 1).Concat(Hourly(c, "r1", now.AddDays(-17), 1)))
            .ToList();
        var plan = RetentionPlanner.Plan(now, policies, [], segments, NoUsage);

        Assert.Equal(
            ["grouped@-25", "long@-25", "short@-17", "short@-25"],
            plan.Deletions.Select(d => $"{d.Segment.Segment.CameraId}@{(d.Segment.Segment.StartUtc - now).TotalDays:0}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_RootOverMaxBytes_DeletesOldestFirstUntilUnder()
    {
        var policies = new RetentionPolicies { Roots = [new RootQuota("r1", MaxBytes: 10_000)] };
        var segments = Hourly("cam1", "r1", Day, 8, bytes: 1_500).Concat(Hourly("cam2", "r1", Day.AddMinutes(30), 8, bytes: 1_500)).ToList();
        var other = Hourly("cam3", "r2", Day.AddDays(-5), 3, bytes: 99_999);
        var usage = new Dictionary<string, RootSpace> { ["r1"] = new(24_000, null), ["r2"] = new(300_000, null) };

        var plan = RetentionPlanner.Plan(_clock.GetUtcNow(), policies, [], [.. segments, .. other], usage);

        // 14 000 bytes over: the 10 oldest (interleaved cam1/cam2) go, 15 000 bytes
        Assert.Equal(10, plan.Deletions.Count);
        Assert.Equal(segments.OrderBy(s => s.Segment.StartUtc).Take(10).Select(s => s.Id), plan.Deletions.Select(d => d.Segment.Id));
        Assert.All(plan.Deletions, d => Assert.Equal(JournalKind.Quota, d.Reason));
        Assert.Empty(plan.Shortfalls);
    }

    [Fact]
    public void Plan_FreeSpaceFloor_CountsWhatTheAgeRuleFrees()
    {
        var policies = new RetentionPolicies
        {
            DefaultMaxAge = TimeSpan.FromDays(30),
            Roots = [new RootQuota("r1", MinFreeBytes: 5_000)],
        };
        var now = _clock.GetUtcNow();
        var expired = Hourly("cam1", "r1", now.AddDays(-31), 2, bytes: 1_000);
        var recent = Hourly("cam1", "r1", now.AddDays(-3), 5, bytes: 1_000);
        var usage = new Dictionary<string, RootSpace> { ["r1"] = new(7_000, FreeBytes: 1_500) };

        var plan = RetentionPlanner.Plan(now, policies, [], [.. recent, .. expired], usage);

        // age frees 2 000 (free 3 500), quota deletes 2 more of the oldest recent ones (free 5 500)
        Assert.Equal(
            [(expired[0].Id, JournalKind.Age), (expired[1].Id, JournalKind.Age), (recent[0].Id, JournalKind.Quota), (recent[1].Id, JournalKind.Quota)],
            plan.Deletions.Select(d => (d.Segment.Id, d.Reason)));
    }

    [Fact]
    public void Plan_HeldRangeUnderQuotaPressure_IsKeptAndTheShortfallReported()
    {
        var now = _clock.GetUtcNow();
        var policies = new RetentionPolicies { Roots = [new RootQuota("r1", MaxBytes: 1_000)] };
        var segments = Hourly("cam1", "r1", Day, 6, bytes: 1_000);
        var hold = Hold("cam1", Day.AddHours(1), Day.AddHours(6));
        var usage = new Dictionary<string, RootSpace> { ["r1"] = new(6_000, null) };

        var plan = RetentionPlanner.Plan(now, policies, [hold], segments, usage);

        Assert.Equal([segments[0].Id], plan.Deletions.Select(d => d.Segment.Id));
        Assert.Equal(segments.Skip(1).Select(s => s.Id), plan.Held.Select(h => h.Segment.Id));
        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal(("r1", 4_000L, 5_000L), (shortfall.Root, shortfall.MissingBytes, shortfall.HeldBytes));
        Assert.Contains("legal hold", shortfall.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SegmentPartlyInsideAHold_IsKeptWholeForAgeAndQuota()
    {
        var policies = new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(1), Roots = [new RootQuota("r1", MaxBytes: 0)] };
        var segments = Hourly("cam1", "r1", Day, 3, bytes: 10);
        // the hold covers only the last minute of the first segment and the first minute of the second
        var hold = Hold("cam1", Day.AddMinutes(59), Day.AddMinutes(61));
        var usage = new Dictionary<string, RootSpace> { ["r1"] = new(30, null) };

        var plan = RetentionPlanner.Plan(_clock.GetUtcNow(), policies, [hold], segments, usage);

        Assert.Equal([segments[2].Id], plan.Deletions.Select(d => d.Segment.Id));
        Assert.Equal([(segments[0].Id, JournalKind.Age), (segments[1].Id, JournalKind.Age)], plan.Held.Select(h => (h.Segment.Id, h.WouldBe)));
    }

    [Fact]
    public void Plan_HoldOfAnotherCameraOrReleased_DoesNotProtect()
    {
        var policies = new RetentionPolicies { DefaultMaxAge = TimeSpan.FromDays(1) };
        var segments = Hourly("cam1", "r1", Day, 2);
        var otherCamera = Hold("cam2", Day, Day.AddDays(1));
        var released = Hold("cam1", Day, Day.AddDays(1)) with { ReleasedBy = "user:judge", ReleasedAtUtc = Day.AddDays(2) };

        var plan = RetentionPlanner.Plan(_clock.GetUtcNow(), policies, [otherCamera, released], segments, NoUsage);

        Assert.Equal(2, plan.Deletions.Count);
        Assert.Empty(plan.Held);
    }

    [Fact]
    public void Plan_NothingToDeleteForAQuota_ReportsTheShortfall()
    {
        var policies = new RetentionPolicies { Roots = [new RootQuota("r1", MaxBytes: 100, MinFreeBytes: 50)] };
        var usage = new Dictionary<string, RootSpace> { ["r1"] = new(500, 10) };

        var plan = RetentionPlanner.Plan(_clock.GetUtcNow(), policies, [], [], usage);

        Assert.Equal(new QuotaShortfall("r1", 400, 0, "no more segments to delete"), Assert.Single(plan.Shortfalls));
    }

    [Fact]
    public void Validate_NegativeAge_Throws()
    {
        var policies = new RetentionPolicies { CameraMaxAge = new Dictionary<string, TimeSpan> { ["cam1"] = TimeSpan.FromDays(-1) } };

        Assert.Throws<ArgumentException>(policies.Validate);
    }

    private List<IndexedSegment> Hourly(string camera, string root, DateTimeOffset start, int count, long bytes = 1_000) =>
        [.. Run(camera, start, count, Hour, bytes).Select(s => new IndexedSegment(_nextId++, root, s))];

    private LegalHold Hold(string camera, DateTimeOffset from, DateTimeOffset to) =>
        new(_nextId++, camera, from, to, "PV-1", "user:officer", Day, null, null);
}
