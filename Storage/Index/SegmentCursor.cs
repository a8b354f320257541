namespace Vms.Storage.Index;

/// <summary>A keyset position for paging segments oldest first: strictly after (start, id).</summary>
public readonly record struct SegmentCursor(DateTimeOffset AfterStart, long AfterId)
{
    /// <summary>Before every segment.</summary>
    public static SegmentCursor Start { get; } = new(DateTimeOffset.UnixEpoch.AddYears(-1), 0);

    /// <summary>The cursor just after <paramref name="segment"/>.</summary>
    public static SegmentCursor After(IndexedSegment segment) => new(segment.Segment.StartUtc, segment.Id);
}
