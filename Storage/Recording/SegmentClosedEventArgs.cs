using Vms.Storage.Segments;

namespace Vms.Storage.Recording;

/// <summary>A segment was finalized (to be added to the index).</summary>
public sealed class SegmentClosedEventArgs(SegmentInfo segment) : EventArgs
{
    public SegmentInfo Segment { get; } = segment;
}
