namespace Vms.Storage.Index;

/// <summary>A half-open UTC interval [Start, End).</summary>
public readonly record struct TimeRange(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;

    public override string ToString() => $"[{Start:O}, {End:O})";
}
