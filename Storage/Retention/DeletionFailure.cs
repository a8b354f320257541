using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>A planned deletion that did not happen: the file could not be deleted, or a hold now protects it.</summary>
public sealed record DeletionFailure(IndexedSegment Segment, string Reason);
