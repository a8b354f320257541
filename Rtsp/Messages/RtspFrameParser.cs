using System.Buffers;
using System.Buffers.Binary;

namespace Vms.Rtsp.Messages;

/// <summary>
/// Reads RTSP requests, responses and interleaved binary frames, mixed freely, from a byte sequence (a
/// <c>PipeReader</c> buffer). Stateless: each call looks at the buffer from its start, so the caller keeps no
/// parser state between reads, only advances the reader as told.
/// </summary>
/// <remarks>
/// <para>Leniency: LF-only line ends are accepted; empty lines before a message (keep-alive CRLFs, stray CRLF
/// after an interleaved frame) are skipped; spaces around the request URI and at the end of the start line are
/// ignored; obsolete header folding (a line starting with SP or HT) is joined to the previous value with one
/// space. A message without Content-Length has no body (RTSP/1.0 "read until close" is not supported).</para>
/// <para>Caps (see <see cref="RtspParserOptions"/>): start line → 414 (400 for a status line), header block or
/// header count → 431, Content-Length → 413. Malformed input → 400, a version other than RTSP/1.0 → 505.</para>
/// </remarks>
public sealed partial class RtspFrameParser
{
    private readonly RtspParserOptions _options;

    public RtspFrameParser(RtspParserOptions? options = null)
    {
        options ??= RtspParserOptions.Default;
        options.Validate();
        _options = options;
    }

    /// <summary>A parser with the default caps.</summary>
    public static RtspFrameParser Default { get; } = new();

    public RtspParserOptions Options => _options;

    /// <summary>Tries to read one frame from the start of <paramref name="buffer"/>.</summary>
    /// <param name="consumed">Where the reader may be advanced to (past the frame, or past skipped empty lines).</param>
    /// <param name="examined">How far the parser looked (the buffer's end unless a frame was read).</param>
    /// <param name="frame">The frame when <see cref="RtspParseStatus.Complete"/>; its error when <see cref="RtspParseStatus.Error"/>.</param>
    /// <returns>Never throws for any input.</returns>
    public RtspParseStatus TryParse(
        in ReadOnlySequence<byte> buffer,
        out SequencePosition consumed,
        out SequencePosition examined,
        out RtspFrame frame)
    {
        frame = default;
        var reader = new SequenceReader<byte>(buffer);
        reader.AdvancePastAny((byte)'\r', (byte)'\n');
        consumed = reader.Position;
        examined = buffer.End;
        if (!reader.TryPeek(out var first))
        {
            return RtspParseStatus.NeedMoreData;
        }

        var rest = buffer.Slice(reader.Position);
        return first == InterleavedFrame.Marker
            ? TryParseInterleaved(rest, ref consumed, ref examined, out frame)
            : TryParseMessage(rest, ref consumed, ref examined, out frame);
    }

    private static RtspParseStatus TryParseInterleaved(
        ReadOnlySequence<byte> rest,
        ref SequencePosition consumed,
        ref SequencePosition examined,
        out RtspFrame frame)
    {
        frame = default;
        if (rest.Length < InterleavedFrame.HeaderLength)
        {
            return RtspParseStatus.NeedMoreData;
        }

        Span<byte> header = stackalloc byte[InterleavedFrame.HeaderLength];
        rest.Slice(0, InterleavedFrame.HeaderLength).CopyTo(header);
        int length = BinaryPrimitives.ReadUInt16BigEndian(header[2..]);
        if (rest.Length < InterleavedFrame.HeaderLength + length)
        {
            return RtspParseStatus.NeedMoreData;
        }

        var payload = rest.Slice(InterleavedFrame.HeaderLength, length);
        consumed = examined = payload.End;
        frame = RtspFrame.FromInterleaved(new InterleavedFrame(header[1], payload));
        return RtspParseStatus.Complete;
    }

    private RtspParseStatus TryParseMessage(
        ReadOnlySequence<byte> rest,
        ref SequencePosition consumed,
        ref SequencePosition examined,
        out RtspFrame frame)
    {
        frame = default;
        var status = FindHeaderEnd(rest, out var headerLength, out var error);
        if (status != RtspParseStatus.Complete)
        {
            if (error is not null)
            {
                frame = RtspFrame.FromError(error);
            }

            return status;
        }

        var message = ParseHead(rest.Slice(0, headerLength), out error);
        if (message is null)
        {
            frame = RtspFrame.FromError(error!);
            return RtspParseStatus.Error;
        }

        var contentLength = GetContentLength(message.Headers, out error);
        if (error is not null)
        {
            frame = RtspFrame.FromError(error);
            return RtspParseStatus.Error;
        }

        if (contentLength > _options.MaxBodyBytes)
        {
            frame = RtspFrame.FromError(new(
                RtspStatusCodes.RequestEntityTooLarge,
                $"Content-Length {contentLength} exceeds {_options.MaxBodyBytes} bytes"));
            return RtspParseStatus.Error;
        }

        if (rest.Length < headerLength + contentLength)
        {
            return RtspParseStatus.NeedMoreData;
        }

        if (contentLength > 0)
        {
            message.Body = rest.Slice(headerLength, contentLength).ToArray();
        }

        consumed = examined = rest.GetPosition(headerLength + contentLength);
        frame = RtspFrame.FromMessage(message);
        return RtspParseStatus.Complete;
    }

    /// <summary>Finds the empty line ending the header block, enforcing the start-line, block and count caps.</summary>
    private RtspParseStatus FindHeaderEnd(ReadOnlySequence<byte> rest, out long headerLength, out RtspProtocolError? error)
    {
        headerLength = 0;
        error = null;
        var window = rest.Slice(0, Math.Min(rest.Length, _options.MaxHeaderBytes));
        var reader = new SequenceReader<byte>(window);
        var isResponse = StartsWithVersion(window);
        var startLineSeen = false;
        var lines = 0;
        while (reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
        {
            if (!startLineSeen)
            {
                startLineSeen = true;
                if (line.Length - (EndsWithCr(line) ? 1 : 0) > _options.MaxStartLineBytes)
                {
                    error = StartLineTooLong(isResponse);
                    return RtspParseStatus.Error;
                }
            }
            else if (line.Length == 0 || (line.Length == 1 && EndsWithCr(line)))
            {
                headerLength = reader.Consumed;
                return RtspParseStatus.Complete;
            }
            else if (++lines > _options.MaxHeaderCount)
            {
                error = new(RtspStatusCodes.RequestHeaderFieldsTooLarge, $"more than {_options.MaxHeaderCount} header lines");
                return RtspParseStatus.Error;
            }
        }

        if (!startLineSeen)
        {
            if (rest.Length > _options.MaxStartLineBytes + 1)
            {
                error = StartLineTooLong(isResponse);
                return RtspParseStatus.Error;
            }

            if (!IsPlausibleStartLinePrefix(window))
            {
                error = new(RtspStatusCodes.BadRequest, "the input does not start with an RTSP request or status line");
                return RtspParseStatus.Error;
            }
        }
        else if (rest.Length >= _options.MaxHeaderBytes)
        {
            error = new(RtspStatusCodes.RequestHeaderFieldsTooLarge, $"header block longer than {_options.MaxHeaderBytes} bytes");
            return RtspParseStatus.Error;
        }

        return RtspParseStatus.NeedMoreData;
    }

    private static bool EndsWithCr(ReadOnlySequence<byte> line)
    {
        if (line.IsEmpty)
        {
            return false;
        }

        Span<byte> last = stackalloc byte[1];
        line.Slice(line.Length - 1).CopyTo(last);
        return last[0] == '\r';
    }

    private RtspProtocolError StartLineTooLong(bool isResponse) => isResponse
        ? new(RtspStatusCodes.BadRequest, $"status line longer than {_options.MaxStartLineBytes} bytes")
        : new(RtspStatusCodes.RequestUriTooLarge, $"request line longer than {_options.MaxStartLineBytes} bytes");

    private static bool StartsWithVersion(ReadOnlySequence<byte> window)
    {
        Span<byte> prefix = stackalloc byte[5];
        if (window.Length < prefix.Length)
        {
            return false;
        }

        window.Slice(0, prefix.Length).CopyTo(prefix);
        return prefix.SequenceEqual("RTSP/"u8);
    }

    /// <summary>
    /// Rejects garbage early, before a whole line has arrived: the first word (a method, or RTSP/x.y) must be
    /// made of token characters, so binary data or a missing '$' is answered at once instead of after 4 KiB.
    /// </summary>
    private static bool IsPlausibleStartLinePrefix(ReadOnlySequence<byte> window)
    {
        var reader = new SequenceReader<byte>(window);
        while (reader.TryRead(out var b))
        {
            if (b == ' ')
            {
                return reader.Consumed > 1;
            }

            if (b == '\r' && reader.End)
            {
                return true;
            }

            if (!RtspSyntax.IsTokenChar(b) && b != '/')
            {
                return false;
            }
        }

        return true;
    }

    private static int GetContentLength(RtspHeaders headers, out RtspProtocolError? error)
    {
        error = null;
        var result = -1;
        foreach (var field in headers)
        {
            if (!string.Equals(field.Key, RtspHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!TryParseContentLength(field.Value, out var value))
            {
                error = new(RtspStatusCodes.BadRequest, "invalid Content-Length");
                return 0;
            }

            if (result >= 0 && value != result)
            {
                error = new(RtspStatusCodes.BadRequest, "conflicting Content-Length headers");
                return 0;
            }

            result = value;
        }

        return Math.Max(result, 0);
    }

    private static bool TryParseContentLength(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 10)
        {
            return false;
        }

        long n = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            n = (n * 10) + (c - '0');
        }

        if (n > int.MaxValue)
        {
            return false;
        }

        value = (int)n;
        return true;
    }
}
