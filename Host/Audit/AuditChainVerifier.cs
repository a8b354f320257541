namespace Vms.Host.Audit;

/// <summary>Checks a chain one entry at a time (the log is read in pages), with the rules of <see cref="AuditChain"/>.</summary>
internal sealed class AuditChainVerifier
{
    private string _expectedPrevious = AuditChain.Genesis;
    private long _expectedSequence = 1;

    public static AuditChainVerifier Start() => new();

    public AuditChainBreak? Next(AuditEntry entry)
    {
        var broken = AuditChain.Verify(_expectedSequence, _expectedPrevious, entry);
        if (broken is null)
        {
            _expectedPrevious = entry.Hash;
            _expectedSequence++;
        }

        return broken;
    }
}
