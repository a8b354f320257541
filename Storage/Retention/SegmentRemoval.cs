using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>One segment to remove from the index together with its journal entry.</summary>
public sealed record SegmentRemoval(IndexedSegment Segment, JournalKind Reason, string Reference);
