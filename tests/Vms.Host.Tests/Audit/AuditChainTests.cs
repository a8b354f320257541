using Vms.Host.Audit;

namespace Vms.Host.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int n)
    {
        var list = new List<AuditEntry>();
        var at = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < n; i++)
        {
            list.Add(AuditChain.Append(list.LastOrDefault(), at.AddSeconds(i), "alice", "live.start", "camera:cam-0" + i, "10.0.0.5", "{\"n\":" + i + "}"));
        }

        return list;
    }

    [Fact]
    public void Verify_IntactChain_HoldsAndLinksEachEntry()
    {
        var chain = Chain(5);

        Assert.Null(AuditChain.Verify(chain));
        Assert.Equal(AuditChain.Genesis, chain[0].PreviousHash);
        Assert.Equal(chain[3].Hash, chain[4].PreviousHash);
        Assert.Equal([1L, 2, 3, 4, 5], chain.Select(e => e.Sequence));
    }

    [Fact]
    public void Verify_EditedRow_ReportsThatEntry()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Actor = "mallory" };

        var broken = AuditChain.Verify(chain);

        Assert.Equal(3, broken!.Sequence);
        Assert.Contains("altered", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedRow_ReportsTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var broken = AuditChain.Verify(chain);

        Assert.Equal(2, broken!.Sequence);
        Assert.Contains("missing", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RowRehashedAfterEdit_BreaksTheNextLink()
    {
        var chain = Chain(4);
        var e = chain[1] with { Details = "{\"n\":99}" };
        chain[1] = e with { Hash = AuditChain.ComputeHash(e.Sequence, e.At, e.Actor, e.Action, e.Target, e.ClientAddress, e.Details, e.PreviousHash) };

        var broken = AuditChain.Verify(chain);

        Assert.Equal(3, broken!.Sequence);
        Assert.Contains("previous hash differs", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeHash_FieldBoundariesAreUnambiguous()
    {
        var at = DateTimeOffset.UnixEpoch;

        Assert.NotEqual(
            AuditChain.ComputeHash(1, at, "ab", "c", "t", null, "{}", AuditChain.Genesis),
            AuditChain.ComputeHash(1, at, "a", "bc", "t", null, "{}", AuditChain.Genesis));
    }
}
