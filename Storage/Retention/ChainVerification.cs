namespace Vms.Storage.Retention;

/// <summary>
/// The result of re-hashing the whole destruction journal: intact, or the first entry where the chain breaks
/// and why. <see cref="HeadSeq"/>/<see cref="HeadHash"/> identify the last entry checked; publishing them
/// elsewhere (audit log, signed report) is what makes a later truncation of the tail detectable.
/// </summary>
public sealed record ChainVerification(
    bool IsIntact,
    long EntriesChecked,
    long? FirstBrokenSeq,
    string? Problem,
    long HeadSeq,
    string HeadHash);
