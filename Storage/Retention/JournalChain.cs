using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vms.Storage.Retention;

/// <summary>
/// The canonical serialization and hash chaining of destruction journal entries.
/// <para>Canonical form (UTF-8, no trailing newline), fields separated by <c>|</c>:
/// <c>vms-journal-v1|seq|kind|camera|stream|start_us|end_us|bytes|path|actor|at_us|reference|prev_hash</c>.
/// Numbers are invariant decimal; instants are UTC microseconds since 1970-01-01; kind is its stored text
/// (<see cref="JournalKinds"/>); in text fields <c>%</c>, <c>|</c> and characters below U+0020 are written as
/// <c>%XX</c> (upper-case hex of the character code). <c>hash = lowercase hex(SHA-256(canonical))</c>; the first
/// entry's prev_hash is 64 zeros.</para>
/// </summary>
public static class JournalChain
{
    /// <summary>The prev_hash of entry 1.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "vms-journal-v1";

    public static string Canonical(
        long seq,
        string kind,
        string camera,
        string stream,
        long startUs,
        long endUs,
        long bytes,
        string path,
        string actor,
        long atUs,
        string reference,
        string prevHash)
    {
        var sb = new StringBuilder(256);
        sb.Append(Version).Append('|')
            .Append(seq.ToString(CultureInfo.InvariantCulture)).Append('|');
        Escape(sb, kind).Append('|');
        Escape(sb, camera).Append('|');
        Escape(sb, stream).Append('|');
        sb.Append(startUs.ToString(CultureInfo.InvariantCulture)).Append('|')
            .Append(endUs.ToString(CultureInfo.InvariantCulture)).Append('|')
            .Append(bytes.ToString(CultureInfo.InvariantCulture)).Append('|');
        Escape(sb, path).Append('|');
        Escape(sb, actor).Append('|');
        sb.Append(atUs.ToString(CultureInfo.InvariantCulture)).Append('|');
        Escape(sb, reference).Append('|');
        Escape(sb, prevHash);
        return sb.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the canonical text.</summary>
    public static string Hash(string canonical)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonical), digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>The hash an entry must carry, recomputed from its fields.</summary>
    public static string ComputeHash(JournalEntry e) => Hash(Canonical(
        e.Seq,
        JournalKinds.ToText(e.Kind),
        e.CameraId,
        e.StreamName,
        Index.UnixMicros.From(e.StartUtc),
        Index.UnixMicros.From(e.EndUtc),
        e.Bytes,
        e.Path,
        e.Actor,
        Index.UnixMicros.From(e.AtUtc),
        e.Reference,
        e.PrevHash));

    private static StringBuilder Escape(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (c is '%' or '|' or < ' ')
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb;
    }
}
