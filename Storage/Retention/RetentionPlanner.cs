using System.Globalization;
using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>
/// The retention decision as a pure function: given the time, the policies, the holds, candidate segments and
/// the roots' space, which segments go and why. No I/O, no clock: the sweeper feeds it and executes its plan.
/// <list type="number">
/// <item>Age: a segment that STARTED before <c>now - maxAge(camera)</c> goes (nothing older than the ceiling survives,
/// even the younger tail of a segment straddling the cutoff).</item>
/// <item>Quota: per root with a quota, oldest first, until the root is under <c>MaxBytes</c> and over <c>MinFreeBytes</c>
/// (counting what the age rule already frees).</item>
/// <item>Holds: a segment overlapping an active hold of its camera, even partly, is kept whole; a quota that can then
/// not be met is reported as a shortfall.</item>
/// </list>
/// </summary>
public static class RetentionPlanner
{
    public static RetentionPlan Plan(
        DateTimeOffset now,
        RetentionPolicies policies,
        IReadOnlyList<LegalHold> holds,
        IReadOnlyList<IndexedSegment> segments,
        IReadOnlyDictionary<string, RootSpace> usage)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(usage);

        var active = holds.Where(h => h.IsActive).ToLookup(h => h.CameraId, StringComparer.Ordinal);
        var ordered = segments.OrderBy(s => s.Segment.StartUtc).ThenBy(s => s.Id).ToList();
        var deletions = new List<PlannedDeletion>();
        var held = new List<HeldSegment>();
        var planned = new HashSet<long>();
        var heldIds = new HashSet<long>();

        foreach (var s in ordered)
        {
            if (policies.MaxAgeFor(s.Segment.CameraId) is not { } maxAge)
            {
                continue;
            }

            var cutoff = now - maxAge;
            if (s.Segment.StartUtc >= cutoff)
            {
                continue;
            }

            if (HoldOn(active, s) is { } hold)
            {
                held.Add(new HeldSegment(s, hold, JournalKind.Age));
                heldIds.Add(s.Id);
                continue;
            }

            deletions.Add(new PlannedDeletion(s, JournalKind.Age, string.Create(CultureInfo.InvariantCulture, $"older than {maxAge.TotalDays:0.###} days (cutoff {cutoff:O})")));
            planned.Add(s.Id);
        }

        var shortfalls = new List<QuotaShortfall>();
        foreach (var quota in policies.Roots)
        {
            var space = usage.TryGetValue(quota.Root, out var u) ? u : new RootSpace(0, null);
            var freed = deletions.Where(d => d.Segment.Root == quota.Root).Sum(d => d.Segment.Segment.Bytes);
            var used = space.UsedBytes - freed;
            var free = space.FreeBytes + freed;
            var need = Math.Max(
                quota.MaxBytes is { } max ? used - max : 0,
                quota.MinFreeBytes is { } floor && free is { } f ? floor - f : 0);
            if (need <= 0)
            {
                continue;
            }

            var detail = string.Create(CultureInfo.InvariantCulture, $"root {quota.Root} over quota (used {used} of max {quota.MaxBytes?.ToString(CultureInfo.InvariantCulture) ?? "-"}, free {free?.ToString(CultureInfo.InvariantCulture) ?? "?"} of min {quota.MinFreeBytes?.ToString(CultureInfo.InvariantCulture) ?? "-"})");
            var heldBytes = 0L;
            foreach (var s in ordered)
            {
                if (need <= 0)
                {
                    break;
                }

                if (s.Root != quota.Root || planned.Contains(s.Id))
                {
                    continue;
                }

                if (HoldOn(active, s) is { } hold)
                {
                    heldBytes += s.Segment.Bytes;
                    if (heldIds.Add(s.Id))
                    {
                        held.Add(new HeldSegment(s, hold, JournalKind.Quota));
                    }

                    continue;
                }

                deletions.Add(new PlannedDeletion(s, JournalKind.Quota, detail));
                planned.Add(s.Id);
                need -= s.Segment.Bytes;
            }

            if (need > 0)
            {
                shortfalls.Add(new QuotaShortfall(
                    quota.Root,
                    need,
                    heldBytes,
                    heldBytes > 0 ? "the remaining segments are under legal hold" : "no more segments to delete"));
            }
        }

        return new RetentionPlan(now, deletions, held, shortfalls);
    }

    private static LegalHold? HoldOn(ILookup<string, LegalHold> active, IndexedSegment s)
    {
        foreach (var hold in active[s.Segment.CameraId])
        {
            if (hold.Protects(s.Segment.CameraId, s.Segment.StartUtc, s.Segment.EndUtc))
            {
                return hold;
            }
        }

        return null;
    }
}
