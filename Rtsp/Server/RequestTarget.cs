using System.Globalization;

namespace Vms.Rtsp.Server;

/// <summary>
/// What a request URI addresses: the stream path, its query, and the track when the URI ends in a track
/// control (<c>trackID=N</c>, as written in our SDP). Both <c>rtsp://h/p/trackID=1?q</c> and
/// <c>rtsp://h/p?q/trackID=1</c> are understood: clients append the control to a Content-Base that
/// carries a query.
/// </summary>
internal readonly record struct RequestTarget(string Path, string Query, int? Track)
{
    /// <summary>The control attribute of track <paramref name="index"/> in our SDP.</summary>
    public static string TrackControl(int index) => "trackID=" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an absolute rtsp:// (or rtsps://) URI or a path; false for anything else.</summary>
    public static bool TryParse(string uri, out RequestTarget target)
    {
        target = default;
        var rest = uri.AsSpan().Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var afterAuthority = rest[(scheme + 3)..].IndexOfAny('/', '?');
            rest = afterAuthority < 0 ? [] : rest[(scheme + 3 + afterAuthority)..];
        }
        else if (rest.IsEmpty || rest[0] != '/')
        {
            return false;
        }

        var fragment = rest.IndexOf('#');
        if (fragment >= 0)
        {
            rest = rest[..fragment];
        }

        int? track = null;
        var text = rest.ToString();
        var marker = text.LastIndexOf("/trackID=", StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            var digits = text.AsSpan(marker + 9);
            var end = digits.IndexOfAny('/', '?');
            var number = end < 0 ? digits : digits[..end];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > 255)
            {
                return false;
            }

            track = index;
            text = text[..marker] + (end < 0 ? string.Empty : digits[end..].ToString());
        }

        var question = text.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? text : text[..question];
        var query = question < 0 ? string.Empty : text[(question + 1)..].TrimEnd('/');
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path.Trim('/'));
        }
        catch (UriFormatException)
        {
            return false;
        }

        if (decoded.Contains("..", StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        target = new RequestTarget(decoded, query, track);
        return true;
    }

    /// <summary>The Content-Base for a DESCRIBE of <paramref name="requestUri"/>: the URI with exactly one trailing '/'.</summary>
    public static string ContentBase(string requestUri) => requestUri.TrimEnd('/') + "/";
}
