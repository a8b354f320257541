using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Messages;

/// <summary>
/// Writes requests and responses as bytes. Headers are written in order with CRLF line ends; the
/// Content-Length line always states the body's real length (added at the end when the body is not empty and
/// the message has no Content-Length header), so a message cannot announce a length it does not carry.
/// </summary>
public static class RtspMessageWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(IBufferWriter<byte> output, RtspRequest request)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(request);
        WriteAscii(output, request.Method);
        WriteAscii(output, " ");
        WriteUtf8(output, request.Uri);
        WriteAscii(output, " ");
        WriteAscii(output, request.Version);
        WriteAscii(output, "\r\n");
        WriteHeadersAndBody(output, request);
    }

    public static void Write(IBufferWriter<byte> output, RtspResponse response)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(response);
        WriteAscii(output, response.Version);
        WriteAscii(output, " ");
        WriteAscii(output, response.StatusCode.ToString(CultureInfo.InvariantCulture));
        WriteAscii(output, " ");
        WriteUtf8(output, response.ReasonPhrase);
        WriteAscii(output, "\r\n");
        WriteHeadersAndBody(output, response);
    }

    /// <summary>Writes a request or a response.</summary>
    public static void Write(IBufferWriter<byte> output, RtspMessage message)
    {
        switch (message)
        {
            case RtspRequest request:
                Write(output, request);
                break;
            case RtspResponse response:
                Write(output, response);
                break;
            default:
                throw new ArgumentException("Unknown RTSP message type.", nameof(message));
        }
    }

    /// <summary>The message as a new array (for tests, logs and one-off sends).</summary>
    public static byte[] ToArray(RtspMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, message);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteHeadersAndBody(IBufferWriter<byte> output, RtspMessage message)
    {
        var bodyLength = message.Body.Length;
        var lengthWritten = false;
        foreach (var field in message.Headers)
        {
            var isLength = string.Equals(field.Key, RtspHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase);
            if (isLength && lengthWritten)
            {
                continue;
            }

            WriteAscii(output, field.Key);
            WriteAscii(output, ": ");
            if (isLength)
            {
                WriteAscii(output, bodyLength.ToString(CultureInfo.InvariantCulture));
                lengthWritten = true;
            }
            else
            {
                WriteUtf8(output, field.Value);
            }

            WriteAscii(output, "\r\n");
        }

        if (!lengthWritten && bodyLength > 0)
        {
            WriteAscii(output, RtspHeaderNames.ContentLength + ": " + bodyLength.ToString(CultureInfo.InvariantCulture));
            WriteAscii(output, "\r\n");
        }

        WriteAscii(output, "\r\n");
        if (bodyLength > 0)
        {
            output.Write(message.Body.Span);
        }
    }

    private static void WriteAscii(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(text.Length);
        var n = Encoding.ASCII.GetBytes(text, span);
        output.Advance(n);
    }

    private static void WriteUtf8(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Utf8.GetMaxByteCount(text.Length));
        var n = Utf8.GetBytes(text, span);
        output.Advance(n);
    }
}
