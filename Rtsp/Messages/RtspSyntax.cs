namespace Vms.Rtsp.Messages;

/// <summary>Character classes of the RTSP/HTTP grammar (RFC 2326 §15, RFC 7230 §3.2.6).</summary>
internal static class RtspSyntax
{
    /// <summary>tchar: the characters allowed in a method or a header name.</summary>
    public static bool IsTokenChar(int c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or
        '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    public static bool IsToken(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsToken(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a header value can be written on one line (no CR, LF or NUL).</summary>
    public static bool IsValidFieldValue(ReadOnlySpan<char> s) => s.IndexOfAny('\r', '\n', '\0') < 0;
}
