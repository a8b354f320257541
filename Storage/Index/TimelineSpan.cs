namespace Vms.Storage.Index;

/// <summary>A continuous stretch of recording (segments joined when closer than the tolerance).</summary>
public sealed record TimelineSpan(DateTimeOffset Start, DateTimeOffset End, long SegmentCount)
{
    public TimeSpan Duration => End - Start;
}
