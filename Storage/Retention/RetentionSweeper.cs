using Microsoft.Extensions.Logging;
using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>
/// One retention sweep: feeds the pure <see cref="RetentionPlanner"/> page by page (per camera for age, per
/// root oldest first for quota) and has <see cref="RetentionExecutor"/> delete and journal what it plans.
/// Every loop is bounded by a page count.
/// </summary>
public sealed partial class RetentionSweeper(
    ISegmentIndex index,
    ISegmentFiles files,
    RetentionExecutor executor,
    TimeProvider timeProvider,
    ILogger<RetentionSweeper> logger,
    int pageSize = 5_000)
{
    /// <summary>The journal actor of automatic deletions.</summary>
    public const string Actor = "retention";

    private const int MaxPages = 100_000;

    private static readonly IReadOnlyDictionary<string, RootSpace> NoUsage = new Dictionary<string, RootSpace>();

    public async Task<SweepReport> SweepAsync(RetentionPolicies policies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policies);
        policies.Validate();
        var now = timeProvider.GetUtcNow();
        var holds = await index.GetHoldsAsync(includeReleased: false, cancellationToken).ConfigureAwait(false);
        var usage = await index.GetUsageAsync(cancellationToken).ConfigureAwait(false);
        var tally = new Tally();

        var ageOnly = policies with { Roots = [] };
        foreach (var camera in usage.Cameras)
        {
            if (policies.MaxAgeFor(camera.CameraId) is not { } maxAge || camera.Oldest is not { } oldest || oldest >= now - maxAge)
            {
                continue;
            }

            var cursor = SegmentCursor.Start;
            for (var page = 0; page < MaxPages; page++)
            {
                var segments = await index.PageByCameraBeforeAsync(camera.CameraId, now - maxAge, cursor, pageSize, cancellationToken).ConfigureAwait(false);
                if (segments.Count == 0)
                {
                    break;
                }

                await RunAsync(RetentionPlanner.Plan(now, ageOnly, holds, segments, NoUsage), tally, cancellationToken).ConfigureAwait(false);
                if (segments.Count < pageSize)
                {
                    break;
                }

                cursor = SegmentCursor.After(segments[^1]);
            }
        }

        foreach (var quota in policies.Roots)
        {
            await SweepRootAsync(now, quota, holds, usage, tally, cancellationToken).ConfigureAwait(false);
        }

        var report = new SweepReport(
            now,
            tally.AgeCount,
            tally.AgeBytes,
            tally.QuotaCount,
            tally.QuotaBytes,
            tally.FirstSeq,
            tally.LastSeq,
            tally.Held,
            tally.Shortfalls,
            tally.Failures);
        LogSwept(logger, report.DeletedForAge, report.BytesDeletedForAge, report.DeletedForQuota, report.BytesDeletedForQuota, report.Held.Count, report.Failures.Count);
        return report;
    }

    private async Task SweepRootAsync(DateTimeOffset now, RootQuota quota, IReadOnlyList<LegalHold> holds, StorageUsage usage, Tally tally, CancellationToken cancellationToken)
    {
        var quotaOnly = new RetentionPolicies { Roots = [quota] };
        var used = usage.Roots.FirstOrDefault(r => r.Root == quota.Root)?.Bytes ?? 0;
        used -= tally.BytesFreedOn(quota.Root);
        var cursor = SegmentCursor.Start;
        var heldBytes = 0L;
        QuotaShortfall? shortfall = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var segments = await index.PageByRootAsync(quota.Root, cursor, pageSize, cancellationToken).ConfigureAwait(false);
            var space = new RootSpace(used, files.FreeBytes(quota.Root));
            var plan = RetentionPlanner.Plan(now, quotaOnly, holds, segments, new Dictionary<string, RootSpace> { [quota.Root] = space });
            var freed = await RunAsync(plan, tally, cancellationToken).ConfigureAwait(false);
            used -= freed;
            heldBytes += plan.Held.Sum(h => h.Segment.Segment.Bytes);
            shortfall = plan.Shortfalls.Count > 0 ? plan.Shortfalls[0] : null;
            if (shortfall is null || segments.Count < pageSize)
            {
                break;
            }

            cursor = SegmentCursor.After(segments[^1]);
        }

        if (shortfall is not null)
        {
            shortfall = shortfall with { HeldBytes = heldBytes, Reason = heldBytes > 0 ? "the remaining segments are under legal hold" : shortfall.Reason };
            tally.Shortfalls.Add(shortfall);
            LogQuotaNotMet(logger, quota.Root, shortfall.MissingBytes, heldBytes, shortfall.Reason);
        }
    }

    /// <summary>Executes a plan; returns the bytes actually deleted.</summary>
    private async Task<long> RunAsync(RetentionPlan plan, Tally tally, CancellationToken cancellationToken)
    {
        foreach (var h in plan.Held)
        {
            if (tally.HeldIds.Add(h.Segment.Id))
            {
                tally.Held.Add(h);
            }
        }

        if (plan.Deletions.Count == 0)
        {
            return 0;
        }

        var result = await executor.ExecuteAsync(plan.Deletions, Actor, cancellationToken).ConfigureAwait(false);
        tally.Failures.AddRange(result.Failures);
        foreach (var e in result.Journalled)
        {
            tally.FirstSeq ??= e.Seq;
            tally.LastSeq = e.Seq;
            if (e.Kind == JournalKind.Age)
            {
                tally.AgeCount++;
                tally.AgeBytes += e.Bytes;
            }
            else
            {
                tally.QuotaCount++;
                tally.QuotaBytes += e.Bytes;
            }

            var root = e.Path[..Math.Max(0, e.Path.IndexOf(':', StringComparison.Ordinal))];
            tally.Freed[root] = tally.BytesFreedOn(root) + e.Bytes;
        }

        return result.DeletedBytes;
    }

    [LoggerMessage(EventId = 4410, Level = LogLevel.Information, Message = "Retention sweep: {AgeCount} segments ({AgeBytes} bytes) past their maximum age and {QuotaCount} ({QuotaBytes} bytes) for quota deleted; {Held} kept by legal holds; {Failures} failures")]
    private static partial void LogSwept(ILogger logger, int ageCount, long ageBytes, int quotaCount, long quotaBytes, int held, int failures);

    [LoggerMessage(EventId = 4411, Level = LogLevel.Warning, Message = "Storage root {Root} stays over its quota by {Missing} bytes ({Held} bytes held): {Reason}")]
    private static partial void LogQuotaNotMet(ILogger logger, string root, long missing, long held, string reason);

    private sealed class Tally
    {
        public int AgeCount { get; set; }

        public long AgeBytes { get; set; }

        public int QuotaCount { get; set; }

        public long QuotaBytes { get; set; }

        public long? FirstSeq { get; set; }

        public long? LastSeq { get; set; }

        public List<HeldSegment> Held { get; } = [];

        public HashSet<long> HeldIds { get; } = [];

        public List<QuotaShortfall> Shortfalls { get; } = [];

        public List<DeletionFailure> Failures { get; } = [];

        public Dictionary<string, long> Freed { get; } = new(StringComparer.Ordinal);

        public long BytesFreedOn(string root) => Freed.TryGetValue(root, out var b) ? b : 0;
    }
}
