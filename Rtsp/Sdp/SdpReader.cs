using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Sdp;

/// <summary>
/// Reads SDP as cameras really send it. Tolerated: CRLF, LF or CR line ends; blank lines; trailing spaces;
/// a UTF-8 BOM; missing or misplaced <c>v= o= s= t=</c> lines; upper-case line types; unknown line types
/// (ignored); lines of the wrong kind for their section (ignored); duplicated attributes (all kept, the
/// first wins on lookup); unreadable <c>o= c= b= t=</c> values (defaults). Refused, with
/// <see cref="SdpFormatException"/>: input over the caps, and an <c>m=</c> line without media, port and protocol.
/// </summary>
public static class SdpReader
{
    public static SessionDescription Parse(ReadOnlySpan<byte> utf8, SdpReaderOptions? options = null)
    {
        options ??= SdpReaderOptions.Default;
        if (utf8.Length > options.MaxBytes)
        {
            throw new SdpFormatException($"SDP of {utf8.Length} bytes exceeds {options.MaxBytes}");
        }

        return Parse(Encoding.UTF8.GetString(utf8), options);
    }

    public static SessionDescription Parse(string text, SdpReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= SdpReaderOptions.Default;
        if (text.Length > options.MaxBytes)
        {
            throw new SdpFormatException($"SDP of {text.Length} characters exceeds {options.MaxBytes}");
        }

        var sdp = new SessionDescription();
        SdpMedia? media = null;
        SdpTiming? timing = null;
        var lineNumber = 0;
        foreach (var raw in SplitLines(text.TrimStart('\uFEFF')))
        {
            if (++lineNumber > options.MaxLines)
            {
                throw new SdpFormatException($"more than {options.MaxLines} lines", lineNumber);
            }

            if (raw.Length > options.MaxLineLength)
            {
                throw new SdpFormatException($"line longer than {options.MaxLineLength}", lineNumber);
            }

            var line = raw.TrimEnd(' ', '\t');
            if (line.Length < 2 || line[1] != '=' || line.Contains('\0', StringComparison.Ordinal))
            {
                continue; // blank, binary or not "x=..." (some cameras append stray text): ignored
            }

            var type = char.ToLowerInvariant(line[0]);
            var value = line[2..];
            if (type == 'm')
            {
                if (sdp.Media.Count >= options.MaxMedia)
                {
                    throw new SdpFormatException($"more than {options.MaxMedia} media", lineNumber);
                }

                media = ParseMediaLine(value, lineNumber);
                sdp.Media.Add(media);
                continue;
            }

            if (media is null)
            {
                ApplySessionLine(sdp, type, value, ref timing, options, lineNumber);
            }
            else
            {
                ApplyMediaLine(media, type, value, options, lineNumber);
            }
        }

        return sdp;
    }

    public static bool TryParse(string text, [NotNullWhen(true)] out SessionDescription? sdp, out string? error, SdpReaderOptions? options = null)
    {
        try
        {
            sdp = Parse(text, options);
            error = null;
            return true;
        }
        catch (SdpFormatException e)
        {
            sdp = null;
            error = e.Message;
            return false;
        }
    }

    private static void ApplySessionLine(SessionDescription sdp, char type, string value, ref SdpTiming? timing, SdpReaderOptions options, int lineNumber)
    {
        switch (type)
        {
            case 'v':
                sdp.Version = int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
                break;
            case 'o':
                sdp.Origin = SdpOrigin.Parse(value);
                break;
            case 's':
                sdp.SessionName = value;
                break;
            case 'i':
                sdp.Information ??= value;
                break;
            case 'u':
                sdp.Uri ??= value.Trim();
                break;
            case 'e':
                sdp.Emails.Add(value);
                break;
            case 'p':
                sdp.Phones.Add(value);
                break;
            case 'c':
                sdp.Connection ??= SdpConnection.Parse(value);
                break;
            case 'b' when SdpBandwidth.Parse(value) is { } bandwidth:
                sdp.Bandwidths.Add(bandwidth);
                break;
            case 't':
                timing = SdpTiming.Parse(value);
                sdp.Timings.Add(timing);
                break;
            case 'r' when timing is not null:
                timing.Repeats.Add(value);
                break;
            case 'z':
                sdp.TimeZones ??= value;
                break;
            case 'k':
                sdp.EncryptionKey ??= value;
                break;
            case 'a':
                AddAttribute(sdp.Attributes, value, options, lineNumber);
                break;
            default:
                break; // unknown or misplaced: ignored
        }
    }

    private static void ApplyMediaLine(SdpMedia media, char type, string value, SdpReaderOptions options, int lineNumber)
    {
        switch (type)
        {
            case 'i':
                media.Information ??= value;
                break;
            case 'c' when SdpConnection.Parse(value) is { } connection:
                media.Connections.Add(connection);
                break;
            case 'b' when SdpBandwidth.Parse(value) is { } bandwidth:
                media.Bandwidths.Add(bandwidth);
                break;
            case 'k':
                media.EncryptionKey ??= value;
                break;
            case 'a':
                AddAttribute(media.Attributes, value, options, lineNumber);
                break;
            default:
                break; // session-only or unknown lines inside a media section: ignored
        }
    }

    private static void AddAttribute(List<SdpAttribute> attributes, string value, SdpReaderOptions options, int lineNumber)
    {
        if (attributes.Count >= options.MaxAttributesPerSection)
        {
            throw new SdpFormatException($"more than {options.MaxAttributesPerSection} attributes in one section", lineNumber);
        }

        var attribute = SdpAttribute.Parse(value);
        if (attribute.Name.Length > 0 && attribute.Name.AsSpan().IndexOfAny(" \t") < 0)
        {
            attributes.Add(attribute);
        }
    }

    private static SdpMedia ParseMediaLine(string value, int lineNumber)
    {
        var f = SdpText.Fields(value);
        if (f.Length < 3)
        {
            throw new SdpFormatException("m= line needs media, port and protocol", lineNumber);
        }

        var portText = f[1];
        int? count = null;
        var slash = portText.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            count = int.TryParse(portText.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
            portText = portText[..slash];
        }

        // a port that is not a number (seen: "m=video -1 RTP/AVP 96") is read as 0: RTSP sets ports up with SETUP
        var port = int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535 ? p : 0;
        return new SdpMedia(f[0], port, f[2], f[3..]) { PortCount = count };
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                yield return text[start..i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
