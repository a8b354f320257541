using Vms.Storage.Retention;

namespace Vms.Storage.Tests.Retention;

public sealed class JournalChainTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Canonical_FieldsWithSeparatorsOrNewlines_AreEscapedSoNoTwoEntriesShareATextForm()
    {
        var a = JournalChain.Canonical(1, "age", "a|b", "c", 0, 1, 2, "p", "x", 3, "r", JournalChain.Genesis);
        var b = JournalChain.Canonical(1, "age", "a", "b|c", 0, 1, 2, "p", "x", 3, "r", JournalChain.Genesis);
        var c = JournalChain.Canonical(1, "age", "a", "b", 0, 1, 2, "p", "x", 3, "line1\nline2%", JournalChain.Genesis);

        Assert.NotEqual(a, b);
        Assert.Equal("vms-journal-v1|1|age|a%7Cb|c|0|1|2|p|x|3|r|" + JournalChain.Genesis, a);
        Assert.EndsWith("|line1%0Aline2%25|" + JournalChain.Genesis, c, StringComparison.Ordinal);
        Assert.NotEqual(JournalChain.Hash(a), JournalChain.Hash(b));
    }

    [Fact]
    public void Hash_KnownText_IsLowercaseSha256Hex()
    {
        // SHA-256("abc")
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", JournalChain.Hash("abc"));
    }

    [Fact]
    public void Verifier_IntactChain_ReportsHead()
    {
        var chain = Chain(5);
        var verifier = new JournalChainVerifier();

        Assert.All(chain, e => Assert.True(verifier.Check(e)));
        Assert.Equal(new ChainVerification(true, 5, null, null, 5, chain[^1].Hash), verifier.Result());
    }

    [Theory]
    [InlineData("reason", 3L, "does not match its hash")]
    [InlineData("swap", 3L, "entry 2 is missing (next stored entry is 3)")]
    [InlineData("unknown-kind", 4L, "unknown kind")]
    [InlineData("relinked", 4L, "does not link to entry 3")]
    public void Verifier_ChainEditedInVariousWays_ReportsTheFirstBrokenEntry(string edit, long brokenSeq, string problem)
    {
        var chain = Chain(5);
        switch (edit)
        {
            case "reason":
                chain[2] = chain[2] with { Kind = JournalKind.Manual };
                break;
            case "swap":
                (chain[1], chain[2]) = (chain[2], chain[1]);
                break;
            case "unknown-kind":
                chain[3] = chain[3] with { Kind = JournalKind.Unknown };
                break;
            case "relinked":
                // entry 3 edited and re-hashed: it verifies, but entry 4 no longer links to it
                chain[2] = chain[2] with { Bytes = 1 };
                chain[2] = chain[2] with { Hash = JournalChain.ComputeHash(chain[2]) };
                break;
        }

        var verifier = new JournalChainVerifier();
        foreach (var e in chain)
        {
            if (!verifier.Check(e))
            {
                break;
            }
        }

        var result = verifier.Result();
        Assert.Equal((false, brokenSeq), (result.IsIntact, result.FirstBrokenSeq));
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    private static List<JournalEntry> Chain(int count)
    {
        var entries = new List<JournalEntry>();
        var prev = JournalChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var e = new JournalEntry(i, JournalKind.Age, "cam1", "main", At.AddMinutes(i), At.AddMinutes(i + 1), 100 * i, $"r1:cam1/{i}.mp4", "retention", At.AddDays(30), "older than 30 days", prev, string.Empty);
            e = e with { Hash = JournalChain.ComputeHash(e) };
            prev = e.Hash;
            entries.Add(e);
        }

        return entries;
    }
}
