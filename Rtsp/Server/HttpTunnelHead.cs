using System.Buffers;
using System.Text;

namespace Vms.Rtsp.Server;

/// <summary>
/// The head of an HTTP request opening an RTSP-over-HTTP tunnel (the QuickTime/ONVIF scheme): a
/// <c>GET</c> that receives every server byte, and a <c>POST</c> whose body carries the client's
/// requests in base64, both naming the same <c>x-sessioncookie</c>. Only what the tunnel needs is read:
/// method, target, and the cookie; the head is capped like an RTSP header block.
/// </summary>
internal sealed record HttpTunnelHead(string Method, string Target, string? Cookie, string? Accept, string? ContentType)
{
    /// <summary>Largest head accepted.</summary>
    public const int MaxBytes = 8192;

    /// <summary>True when the buffer starts like an HTTP GET or POST (as opposed to an RTSP request).</summary>
    public static bool LooksLikeHttp(in ReadOnlySequence<byte> buffer, out bool needMore)
    {
        Span<byte> first = stackalloc byte[5];
        var n = (int)Math.Min(buffer.Length, first.Length);
        buffer.Slice(0, n).CopyTo(first);
        var head = first[..n];
        needMore = false;
        if (StartsWith(head, "GET "u8, ref needMore) || StartsWith(head, "POST "u8, ref needMore))
        {
            return !needMore;
        }

        return false;
    }

    /// <summary>
    /// Reads the head when complete (consumed = after the blank line). Returns false with <paramref name="error"/>
    /// null when more data is needed, or with the error for a malformed or oversized head.
    /// </summary>
    public static bool TryParse(in ReadOnlySequence<byte> buffer, out SequencePosition consumed, out HttpTunnelHead? head, out string? error)
    {
        head = null;
        error = null;
        consumed = buffer.Start;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> block, "\r\n\r\n"u8))
        {
            if (buffer.Length > MaxBytes)
            {
                error = "HTTP head longer than " + MaxBytes + " bytes";
            }

            return false;
        }

        if (block.Length > MaxBytes)
        {
            error = "HTTP head longer than " + MaxBytes + " bytes";
            return false;
        }

        consumed = reader.Position;
        var text = Encoding.Latin1.GetString(block);
        var lines = text.Split("\r\n");
        var start = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (start.Length != 3 || !start[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            error = "malformed HTTP request line";
            return false;
        }

        string? cookie = null, accept = null, contentType = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                error = "malformed HTTP header line";
                return false;
            }

            var name = lines[i][..colon].Trim();
            var value = lines[i][(colon + 1)..].Trim();
            if (name.Equals("x-sessioncookie", StringComparison.OrdinalIgnoreCase))
            {
                cookie = value;
            }
            else if (name.Equals("Accept", StringComparison.OrdinalIgnoreCase))
            {
                accept = value;
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
        }

        head = new HttpTunnelHead(start[0], start[1], string.IsNullOrEmpty(cookie) || cookie.Length > 256 ? null : cookie, accept, contentType);
        return true;
    }

    private static bool StartsWith(ReadOnlySpan<byte> head, ReadOnlySpan<byte> prefix, ref bool needMore)
    {
        if (head.Length < prefix.Length)
        {
            if (prefix.StartsWith(head))
            {
                needMore = true;
            }

            return false;
        }

        return head.StartsWith(prefix);
    }
}
