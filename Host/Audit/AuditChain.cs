using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vms.Host.Audit;

/// <summary>
/// The hash chain of the audit log. Canonical form (documented so anyone can re-check it with standard
/// tools): each field as <c>&lt;utf8 byte length&gt;:&lt;value&gt;;</c> in the order sequence, at
/// (ISO-8601 UTC, 7 decimals), actor, action, target, client address (empty if none), details, previous
/// hash; the hash is SHA-256 of those bytes, lower-case hex.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static AuditEntry Append(AuditEntry? previous, DateTimeOffset at, string actor, string action, string target, string? client, string details)
    {
        var seq = (previous?.Sequence ?? 0) + 1;
        var prev = previous?.Hash ?? Genesis;
        var hash = ComputeHash(seq, at, actor, action, target, client, details, prev);
        return new AuditEntry(seq, at.ToUniversalTime(), actor, action, target, client, details, prev, hash);
    }

    public static string ComputeHash(long sequence, DateTimeOffset at, string actor, string action, string target, string? client, string details, string previousHash)
    {
        var sb = new StringBuilder();
        Field(sb, sequence.ToString(CultureInfo.InvariantCulture));
        Field(sb, at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
        Field(sb, actor);
        Field(sb, action);
        Field(sb, target);
        Field(sb, client ?? string.Empty);
        Field(sb, details);
        Field(sb, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Checks entries in sequence order; returns the first broken link, or null when the chain holds.</summary>
    public static AuditChainBreak? Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        var expectedPrev = Genesis;
        var expectedSeq = 1L;
        foreach (var e in entriesInOrder)
        {
            if (Verify(expectedSeq, expectedPrev, e) is { } broken)
            {
                return broken;
            }

            expectedPrev = e.Hash;
            expectedSeq++;
        }

        return null;
    }

    /// <summary>Checks one entry against the sequence and previous hash it must have.</summary>
    public static AuditChainBreak? Verify(long expectedSequence, string expectedPreviousHash, AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Sequence != expectedSequence)
        {
            return new AuditChainBreak(expectedSequence, $"entry {expectedSequence} is missing (found {e.Sequence})");
        }

        if (!string.Equals(e.PreviousHash, expectedPreviousHash, StringComparison.Ordinal))
        {
            return new AuditChainBreak(e.Sequence, $"entry {e.Sequence} does not follow entry {e.Sequence - 1} (previous hash differs)");
        }

        var actual = ComputeHash(e.Sequence, e.At, e.Actor, e.Action, e.Target, e.ClientAddress, e.Details, e.PreviousHash);
        return string.Equals(actual, e.Hash, StringComparison.Ordinal)
            ? null
            : new AuditChainBreak(e.Sequence, $"entry {e.Sequence} was altered (its content no longer matches its hash)");
    }

    private static void Field(StringBuilder sb, string value) =>
        sb.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
}
