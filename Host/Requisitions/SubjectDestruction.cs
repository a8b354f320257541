namespace Vms.Host.Requisitions;

/// <summary>A destruction journal entry: what was erased, why, by whom, when, and its chain hash.</summary>
public sealed record SubjectDestruction(long JournalSeq, string Kind, string Stream, DateTimeOffset Start, DateTimeOffset End, long Bytes, string Actor, DateTimeOffset At, string Reference, string Hash);
