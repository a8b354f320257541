namespace Vms.Storage.Retention;

/// <summary>
/// One entry of the destruction journal. <see cref="Hash"/> is the SHA-256 of the entry's canonical
/// serialization (<see cref="JournalChain.Canonical"/>), which includes <see cref="PrevHash"/>, the hash of
/// entry <c>Seq - 1</c>: changing, removing or inserting an entry breaks the chain from that point.
/// </summary>
/// <param name="Seq">Position in the journal, 1, 2, 3, ... without holes.</param>
/// <param name="Kind">Why the entry was written.</param>
/// <param name="CameraId">The camera whose recordings it concerns.</param>
/// <param name="StreamName">The stream, or empty for hold events (all streams).</param>
/// <param name="StartUtc">Start of the time range destroyed (or held).</param>
/// <param name="EndUtc">End of that range.</param>
/// <param name="Bytes">Bytes destroyed (0 for hold events).</param>
/// <param name="Path">The segment file below its root (<c>root:relative/path</c>), empty for hold events.</param>
/// <param name="Actor">Who or what did it ("retention", "user:alice", ...).</param>
/// <param name="AtUtc">When.</param>
/// <param name="Reference">Free text: the requisition or hold reference, or a detail of the reason.</param>
/// <param name="PrevHash">Hash of the previous entry (64 zeros for the first).</param>
/// <param name="Hash">Hash of this entry.</param>
public sealed record JournalEntry(
    long Seq,
    JournalKind Kind,
    string CameraId,
    string StreamName,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    long Bytes,
    string Path,
    string Actor,
    DateTimeOffset AtUtc,
    string Reference,
    string PrevHash,
    string Hash);
