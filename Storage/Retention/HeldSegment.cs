using Vms.Storage.Index;

namespace Vms.Storage.Retention;

/// <summary>A segment the policy wanted deleted (for <see cref="WouldBe"/>) but a legal hold keeps.</summary>
public sealed record HeldSegment(IndexedSegment Segment, LegalHold Hold, JournalKind WouldBe);
