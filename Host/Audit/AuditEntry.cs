namespace Vms.Host.Audit;

/// <summary>
/// One line of the audit log. Entries are append-only and chained: <see cref="Hash"/> covers every field
/// and the previous entry's hash, so editing, inserting or deleting a row breaks the chain from there on.
/// </summary>
/// <param name="Sequence">1, 2, 3 ... without gaps.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Actor">Login name, or <c>system</c> for the service itself (retention sweeps).</param>
/// <param name="Action">What happened, e.g. <c>login.failed</c>, <c>live.start</c>, <c>export.create</c>.</param>
/// <param name="Target">What it happened to, e.g. <c>camera:cam-01</c>, <c>user:alice</c>.</param>
/// <param name="ClientAddress">Where the request came from, when known.</param>
/// <param name="Details">JSON with the specifics (before/after of a change, requisition reference, duration ...).</param>
/// <param name="PreviousHash">Hash of entry Sequence−1 (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over the canonical form of this entry, hex.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Target,
    string? ClientAddress,
    string Details,
    string PreviousHash,
    string Hash);
