using Vms.Storage.Playback;
using Vms.Storage.Retention;
using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>
/// The segment index: a rebuildable cache of what the segment files hold, plus the destruction journal and
/// legal holds (which are not rebuildable and live only here). One interface for every SQL dialect.
/// Instants are stored with microsecond precision (UTC). As an <see cref="ISegmentLookup"/> it serves playback
/// (segments of every root; the <see cref="IndexedSegment"/> overload tells which root holds each).
/// </summary>
public interface ISegmentIndex : ISegmentLookup, IAsyncDisposable
{
    IndexDialect Dialect { get; }

    /// <summary>Queues a closed segment for the background writer (batched; waits only when the queue is full).</summary>
    ValueTask EnqueueAsync(string root, SegmentInfo segment, CancellationToken cancellationToken);

    /// <summary>Completes when every segment queued before the call is committed (faults if its batch failed).</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces segments now, in one transaction (rebuild, tests); keyed by camera, stream and start.</summary>
    Task UpsertAsync(string root, IReadOnlyList<SegmentInfo> segments, CancellationToken cancellationToken);

    /// <summary>Segments of a camera stream overlapping [from, to), oldest first.</summary>
    new Task<IReadOnlyList<IndexedSegment>> FindAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);

    /// <summary>The segment containing <paramref name="atUtc"/>, else the first one starting after it, else null.</summary>
    Task<IndexedSegment?> OpenAtAsync(string cameraId, string streamName, DateTimeOffset atUtc, CancellationToken cancellationToken);

    /// <summary>Continuous spans and gaps of a camera stream in [from, to); segments closer than <paramref name="tolerance"/> join.</summary>
    Task<Timeline> GetTimelineAsync(string cameraId, string streamName, DateTimeOffset fromUtc, DateTimeOffset toUtc, TimeSpan tolerance, CancellationToken cancellationToken);

    /// <summary>Per camera, per root and total usage.</summary>
    Task<StorageUsage> GetUsageAsync(CancellationToken cancellationToken);

    Task<long> CountSegmentsAsync(CancellationToken cancellationToken);

    /// <summary>Segments of one storage root, oldest first, strictly after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<IndexedSegment>> PageByRootAsync(string root, SegmentCursor after, int limit, CancellationToken cancellationToken);

    /// <summary>Segments of a camera (all streams) started before <paramref name="beforeUtc"/>, oldest first, after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<IndexedSegment>> PageByCameraBeforeAsync(string cameraId, DateTimeOffset beforeUtc, SegmentCursor after, int limit, CancellationToken cancellationToken);

    /// <summary>Removes segment rows and appends one chained journal entry per removal, in one transaction.</summary>
    Task<IReadOnlyList<JournalEntry>> RemoveAndJournalAsync(IReadOnlyList<SegmentRemoval> removals, string actor, CancellationToken cancellationToken);

    /// <summary>Journal entries after <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(long afterSeq, int limit, CancellationToken cancellationToken);

    /// <summary>Journal entries of a camera whose time range overlaps [from, to), in journal order.</summary>
    Task<IReadOnlyList<JournalEntry>> FindJournalAsync(string cameraId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);

    /// <summary>Re-hashes the whole journal; reports the first broken link.</summary>
    Task<ChainVerification> VerifyChainAsync(CancellationToken cancellationToken);

    /// <summary>Places a legal hold (journalled).</summary>
    Task<LegalHold> PlaceHoldAsync(string cameraId, DateTimeOffset fromUtc, DateTimeOffset toUtc, string reference, string actor, CancellationToken cancellationToken);

    /// <summary>Releases a hold (journalled); null when no such hold; unchanged when already released.</summary>
    Task<LegalHold?> ReleaseHoldAsync(long holdId, string actor, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalHold>> GetHoldsAsync(bool includeReleased, CancellationToken cancellationToken);
}
