using System.Buffers;
using System.Text;

namespace Vms.Rtsp.Messages;

/// <summary>The start line and header fields (the header block is whole and within the caps here).</summary>
public sealed partial class RtspFrameParser
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static RtspMessage? ParseHead(ReadOnlySequence<byte> block, out RtspProtocolError? error)
    {
        if (block.IsSingleSegment)
        {
            return ParseHead(block.FirstSpan, out error);
        }

        var length = (int)block.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            block.CopyTo(rented);
            return ParseHead(rented.AsSpan(0, length), out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static RtspMessage? ParseHead(ReadOnlySpan<byte> block, out RtspProtocolError? error)
    {
        var startLine = NextLine(ref block);
        var message = ParseStartLine(startLine, out error);
        if (message is null)
        {
            return null;
        }

        string? name = null;
        string? value = null;
        while (!block.IsEmpty)
        {
            var line = NextLine(ref block);
            if (line.IsEmpty)
            {
                break;
            }

            if (line.IndexOfAny((byte)'\r', (byte)0) >= 0)
            {
                error = new(RtspStatusCodes.BadRequest, "control character in a header line");
                return null;
            }

            if (line[0] is (byte)' ' or (byte)'\t')
            {
                // obs-fold: joined to the previous value with one space (RFC 7230 §3.2.4 allows this repair)
                if (name is null)
                {
                    error = new(RtspStatusCodes.BadRequest, "continuation line before any header");
                    return null;
                }

                var more = line.Trim(" \t"u8);
                if (!more.IsEmpty)
                {
                    value = value!.Length == 0 ? Utf8.GetString(more) : value + " " + Utf8.GetString(more);
                }

                continue;
            }

            if (name is not null)
            {
                message.Headers.AddParsed(name, value!);
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || !RtspSyntax.IsToken(line[..colon]))
            {
                error = new(RtspStatusCodes.BadRequest, "malformed header line");
                return null;
            }

            name = Encoding.ASCII.GetString(line[..colon]);
            value = Utf8.GetString(line[(colon + 1)..].Trim(" \t"u8));
        }

        if (name is not null)
        {
            message.Headers.AddParsed(name, value!);
        }

        return message;
    }

    /// <summary>The next line without its LF or CRLF; the whole rest when there is no LF.</summary>
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> block)
    {
        var lf = block.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line;
        if (lf < 0)
        {
            line = block;
            block = [];
        }
        else
        {
            line = block[..lf];
            block = block[(lf + 1)..];
        }

        return !line.IsEmpty && line[^1] == '\r' ? line[..^1] : line;
    }

    private static RtspMessage? ParseStartLine(ReadOnlySpan<byte> line, out RtspProtocolError? error)
    {
        error = null;
        line = line.TrimEnd(" \t"u8);
        if (line.IndexOfAny((byte)'\r', (byte)0) >= 0)
        {
            error = new(RtspStatusCodes.BadRequest, "control character in the start line");
            return null;
        }

        return line.StartsWith("RTSP/"u8) ? ParseStatusLine(line, out error) : ParseRequestLine(line, out error);
    }

    private static RtspRequest? ParseRequestLine(ReadOnlySpan<byte> line, out RtspProtocolError? error)
    {
        var firstSpace = line.IndexOf((byte)' ');
        var lastSpace = line.LastIndexOf((byte)' ');
        if (firstSpace <= 0 || lastSpace == firstSpace)
        {
            error = new(RtspStatusCodes.BadRequest, "malformed request line");
            return null;
        }

        var method = line[..firstSpace];
        var uri = line[(firstSpace + 1)..lastSpace].Trim((byte)' ');
        var version = line[(lastSpace + 1)..];
        if (!RtspSyntax.IsToken(method) || uri.IsEmpty || uri.IndexOfAny((byte)' ', (byte)'\t') >= 0)
        {
            error = new(RtspStatusCodes.BadRequest, "malformed request line");
            return null;
        }

        if (!CheckVersion(version, out error))
        {
            return null;
        }

        return new RtspRequest(Encoding.ASCII.GetString(method), Utf8.GetString(uri));
    }

    private static RtspResponse? ParseStatusLine(ReadOnlySpan<byte> line, out RtspProtocolError? error)
    {
        var space = line.IndexOf((byte)' ');
        if (space < 0)
        {
            error = new(RtspStatusCodes.BadRequest, "malformed status line");
            return null;
        }

        if (!CheckVersion(line[..space], out error))
        {
            return null;
        }

        var rest = line[(space + 1)..].TrimStart((byte)' ');
        if (rest.Length < 3 || !IsDigit(rest[0]) || !IsDigit(rest[1]) || !IsDigit(rest[2]) ||
            rest[0] is < (byte)'1' or > (byte)'5' || (rest.Length > 3 && rest[3] != ' '))
        {
            error = new(RtspStatusCodes.BadRequest, "malformed status code");
            return null;
        }

        var code = ((rest[0] - '0') * 100) + ((rest[1] - '0') * 10) + (rest[2] - '0');
        var reason = rest.Length > 4 ? Utf8.GetString(rest[4..]) : string.Empty;
        return new RtspResponse(code, reason);
    }

    /// <summary>RTSP/1.0 passes; another well-formed version is 505; anything else is 400.</summary>
    private static bool CheckVersion(ReadOnlySpan<byte> version, out RtspProtocolError? error)
    {
        error = null;
        if (version.SequenceEqual("RTSP/1.0"u8))
        {
            return true;
        }

        var numbers = version.StartsWith("RTSP/"u8) ? version[5..] : [];
        var dot = numbers.IndexOf((byte)'.');
        var wellFormed = dot > 0 && dot < numbers.Length - 1 && numbers.Length <= 9 &&
            AllDigits(numbers[..dot]) && AllDigits(numbers[(dot + 1)..]);
        error = wellFormed
            ? new(RtspStatusCodes.RtspVersionNotSupported, "unsupported protocol version " + Encoding.ASCII.GetString(version))
            : new(RtspStatusCodes.BadRequest, "malformed protocol version");
        return false;
    }

    private static bool AllDigits(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (!IsDigit(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
