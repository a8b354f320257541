using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>A segment the sweep will delete, and why (<see cref="JournalKind.Age"/>, <see cref="JournalKind.Quota"/> or <see cref="JournalKind.Manual"/>).</summary>
public sealed record PlannedDeletion(IndexedSegment Segment, JournalKind Reason, string Detail);
