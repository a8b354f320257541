using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>Questions asked of the destruction journal by auditors and the Host.</summary>
public sealed class DestructionJournal(ISegmentIndex index)
{
    /// <summary>Longest a segment may be and still be counted by the day query.</summary>
    private static readonly TimeSpan MaxSegmentLength = TimeSpan.FromDays(1);

    /// <summary>Were <paramref name="cameraId"/>'s recordings of the local day <paramref name="day"/> (in <paramref name="zone"/>) destroyed, and when?</summary>
    public async Task<DestructionReport> WereDestroyedAsync(string cameraId, DateOnly day, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = LocalMidnightUtc(day, zone);
        var to = LocalMidnightUtc(day.AddDays(1), zone);
        return await WereDestroyedAsync(cameraId, from, to, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same question for an arbitrary UTC range.</summary>
    public async Task<DestructionReport> WereDestroyedAsync(string cameraId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var entries = await index.FindJournalAsync(cameraId, fromUtc, toUtc, cancellationToken).ConfigureAwait(false);
        var remaining = 0;
        var cursor = new SegmentCursor(fromUtc - MaxSegmentLength, 0);
        for (var page = 0; page < 10_000; page++)
        {
            var segments = await index.PageByCameraBeforeAsync(cameraId, toUtc, cursor, 1_000, cancellationToken).ConfigureAwait(false);
            remaining += segments.Count(s => s.Segment.EndUtc > fromUtc || (s.Segment.StartUtc >= fromUtc && s.Segment.EndUtc == s.Segment.StartUtc));
            if (segments.Count < 1_000)
            {
                break;
            }

            cursor = SegmentCursor.After(segments[^1]);
        }

        var chain = await index.VerifyChainAsync(cancellationToken).ConfigureAwait(false);
        return new DestructionReport(
            cameraId,
            fromUtc,
            toUtc,
            [.. entries.Where(e => JournalKinds.IsErasure(e.Kind))],
            [.. entries.Where(e => e.Kind is JournalKind.HoldPlaced or JournalKind.HoldReleased)],
            remaining,
            chain);
    }

    private static DateTimeOffset LocalMidnightUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // a midnight skipped by a DST change starts the day at the first valid local instant
        for (var i = 0; i < 4 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
