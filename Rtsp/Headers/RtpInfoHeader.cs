using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Vms.Rtsp.Headers;

/// <summary>
/// The RTP-Info header of a PLAY response (RFC 2326 §12.33):
/// <c>url=rtsp://cam/s/trackID=0;seq=1234;rtptime=567890,url=rtsp://cam/s/trackID=1;seq=99</c>.
/// </summary>
/// <remarks>URLs may themselves contain ',' or ';' (query strings): an item only starts at a comma followed by
/// <c>url=</c>, and only <c>seq</c>, <c>rtptime</c> and <c>ssrc</c> are taken as parameters, anything else stays part of
/// the URL. Quoted URLs are unquoted. Unreadable seq/rtptime values are dropped, not fatal.</remarks>
public sealed record RtpInfoHeader(IReadOnlyList<RtpInfoEntry> Entries)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out RtpInfoHeader? header)
    {
        header = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var entries = new List<RtpInfoEntry>();
        foreach (var item in SplitItems(text))
        {
            if (entries.Count >= HeaderSyntax.MaxItems || !TryParseEntry(item, out var entry))
            {
                return false;
            }

            entries.Add(entry);
        }

        if (entries.Count == 0)
        {
            return false;
        }

        header = new RtpInfoHeader(entries);
        return true;
    }

    public string Format()
    {
        var sb = new StringBuilder();
        foreach (var entry in Entries)
        {
            if (sb.Length > 0)
            {
                sb.Append(',');
            }

            sb.Append("url=").Append(entry.Url);
            if (entry.Sequence is { } seq)
            {
                sb.Append(";seq=").Append(seq.ToString(CultureInfo.InvariantCulture));
            }

            if (entry.RtpTime is { } time)
            {
                sb.Append(";rtptime=").Append(time.ToString(CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    public override string ToString() => Format();

    public bool Equals(RtpInfoHeader? other) => other is not null && ListEquality.Equal(Entries, other.Entries);

    public override int GetHashCode() => ListEquality.Hash(Entries);

    private static List<string> SplitItems(string text)
    {
        var items = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ',' && text.AsSpan(i + 1).TrimStart().StartsWith("url=", StringComparison.OrdinalIgnoreCase))
            {
                items.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        items.Add(text[start..].Trim());
        return items;
    }

    private static bool TryParseEntry(string item, [NotNullWhen(true)] out RtpInfoEntry? entry)
    {
        entry = null;
        if (!item.StartsWith("url=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = item[4..].Split(';');
        var url = new StringBuilder(parts[0].Trim());
        ushort? seq = null;
        uint? rtpTime = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var (name, value) = HeaderSyntax.SplitParameter(parts[i]);
            switch (name.ToLowerInvariant())
            {
                case "seq":
                    seq = ushort.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
                    break;
                case "rtptime":
                    rtpTime = uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
                    break;
                case "ssrc":
                    break;
                default:
                    url.Append(';').Append(parts[i]);
                    break;
            }
        }

        var text = HeaderSyntax.Unquote(url.ToString().Trim());
        if (text.Length == 0)
        {
            return false;
        }

        entry = new RtpInfoEntry(text, seq, rtpTime);
        return true;
    }
}
