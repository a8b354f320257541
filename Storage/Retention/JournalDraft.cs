namespace Vms.Storage.Retention;

/// <summary>What a caller asks to journal; the index adds sequence number, time, actor and hashes.</summary>
internal sealed record JournalDraft(
    JournalKind Kind,
    string CameraId,
    string StreamName,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    long Bytes,
    string Path,
    string Reference);
