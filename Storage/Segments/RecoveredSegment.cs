namespace Vms.Storage.Segments;

/// <summary>A segment left open by a crash and finalized by recovery.</summary>
/// <param name="Info">The finalized segment (to index).</param>
/// <param name="BytesCut">Bytes of torn tail removed (0 when the file ended on a whole fragment).</param>
/// <param name="Problem">What was wrong with the tail, if anything.</param>
public sealed record RecoveredSegment(SegmentInfo Info, long BytesCut, string? Problem);
