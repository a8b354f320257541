namespace Vms.Storage.Segments;

/// <summary>What <see cref="SegmentRecovery"/> did on start.</summary>
public sealed record RecoveryReport(IReadOnlyList<RecoveredSegment> Recovered, IReadOnlyList<RemovedSegment> Removed, IReadOnlyList<string> Failed);
