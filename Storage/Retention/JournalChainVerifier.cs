namespace Vms.Storage.Retention;

/// <summary>Checks journal entries in sequence order, one at a time, and remembers the first break.</summary>
internal sealed class JournalChainVerifier
{
    private long _expectedSeq = 1;
    private string _prevHash = JournalChain.Genesis;
    private long _checked;
    private long? _brokenSeq;
    private string? _problem;

    public bool IsBroken => _brokenSeq is not null;

    /// <summary>Checks the next entry; false once the chain is broken (further entries are not needed).</summary>
    public bool Check(JournalEntry entry)
    {
        if (IsBroken)
        {
            return false;
        }

        _checked++;
        if (entry.Seq != _expectedSeq)
        {
            return Break(entry.Seq, entry.Seq > _expectedSeq
                ? $"entry {_expectedSeq} is missing (next stored entry is {entry.Seq})"
                : $"entry {entry.Seq} appears out of order (expected {_expectedSeq})");
        }

        if (entry.Kind == JournalKind.Unknown)
        {
            return Break(entry.Seq, $"entry {entry.Seq} has an unknown kind (edited)");
        }

        if (!string.Equals(entry.PrevHash, _prevHash, StringComparison.Ordinal))
        {
            return Break(entry.Seq, $"entry {entry.Seq} does not link to entry {entry.Seq - 1} (previous-hash mismatch: an entry was removed, replaced or edited)");
        }

        var computed = JournalChain.ComputeHash(entry);
        if (!string.Equals(computed, entry.Hash, StringComparison.Ordinal))
        {
            return Break(entry.Seq, $"entry {entry.Seq} does not match its hash (its content was edited)");
        }

        _prevHash = entry.Hash;
        _expectedSeq++;
        return true;
    }

    public ChainVerification Result() =>
        new(!IsBroken, _checked, _brokenSeq, _problem, _expectedSeq - 1, _prevHash);

    private bool Break(long seq, string problem)
    {
        _brokenSeq = seq;
        _problem = problem;
        return false;
    }
}
