using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>A segment as the index holds it: its row id, the storage root its file lives on, and its metadata.</summary>
public sealed record IndexedSegment(long Id, string Root, SegmentInfo Segment);
