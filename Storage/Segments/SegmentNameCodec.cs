using System.Text;

namespace Vms.Storage.Segments;

/// <summary>
/// Turns a camera id or stream name into one path segment that is valid, distinct and case-safe on every file
/// system (Linux, Windows, macOS): lower-case ASCII letters, digits, '-' and '_' are kept; every other UTF-8
/// byte (upper case, '.', '/', '~', spaces, non-ASCII...) becomes <c>~HH</c>. Windows device names (CON,
/// NUL, COM1...) get their first letter escaped. The mapping is reversible.
/// </summary>
internal static class SegmentNameCodec
{
    /// <summary>Longest id accepted, in characters.</summary>
    public const int MaxIdLength = 64;

    private static readonly string[] ReservedNames =
        ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
         "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"];

    /// <summary>The escaped path segment for <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">Empty, longer than <see cref="MaxIdLength"/>, or containing control characters.</exception>
    public static string Escape(string id, string paramName = "id")
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > MaxIdLength)
        {
            throw new ArgumentException($"must be 1 to {MaxIdLength} characters", paramName);
        }

        var sb = new StringBuilder(id.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in id.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                throw new ArgumentException("must not contain control characters", paramName);
            }

            if (rune.Value is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
            {
                sb.Append((char)rune.Value);
                continue;
            }

            var n = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < n; i++)
            {
                sb.Append('~').Append(utf8[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var escaped = sb.ToString();
        if (Array.IndexOf(ReservedNames, escaped) >= 0)
        {
            escaped = "~" + ((byte)escaped[0]).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + escaped[1..];
        }

        return escaped;
    }

    /// <summary>The id of an escaped path segment; false when the segment is not a valid escape.</summary>
    public static bool TryUnescape(string segment, out string id)
    {
        id = string.Empty;
        if (string.IsNullOrEmpty(segment))
        {
            return false;
        }

        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            if (c == '~')
            {
                if (i + 2 >= segment.Length ||
                    !byte.TryParse(segment.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
                {
                    return false;
                }

                bytes.Add(b);
                i += 2;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
            {
                bytes.Add((byte)c);
            }
            else
            {
                return false;
            }
        }

        try
        {
            id = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return id.Length is > 0 and <= MaxIdLength && Escape(id) == segment;
    }
}
