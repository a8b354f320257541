using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>One segment waiting for the batched writer.</summary>
internal sealed record SegmentWrite(string Root, SegmentInfo Segment);
