namespace Vms.Rtsp.Messages;

/// <summary>RTSP URL helpers: control URL resolution and credentials in the user-info part.</summary>
public static class RtspUri
{
    /// <summary>
    /// The URL to address a stream whose SDP <c>a=control</c> is <paramref name="control"/>, given the base
    /// (Content-Base, else Content-Location, else the DESCRIBE request URL; RFC 2326 §C.1.1).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>An absolute control (with a scheme) is used as is; <c>*</c> or an empty control means the base itself
    /// (aggregate control).</item>
    /// <item>References starting with <c>/</c>, <c>.</c>, <c>?</c> or <c>#</c>, or with an authority, follow RFC 3986 §5.2 exactly.</item>
    /// <item>A plain relative segment (<c>trackID=1</c>) is appended under the base as if the base ended in '/':
    /// most cameras send a Content-Base or request URL without the trailing slash and mean
    /// <c>base/trackID=1</c>, where strict RFC 3986 would replace the last path segment.</item>
    /// <item>When the base has a query (<c>...realmonitor?channel=1&amp;subtype=0/</c>, as some cameras send), the segment
    /// is appended to the whole base text, query included, after a '/'; that is what such cameras expect.</item>
    /// </list>
    /// </remarks>
    public static string Resolve(string baseUri, string? control)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var c = control?.Trim() ?? string.Empty;
        if (c.Length == 0 || c == "*")
        {
            return baseUri;
        }

        var reference = UriReference.Parse(c);
        if (reference.Scheme is not null)
        {
            return c;
        }

        var baseRef = UriReference.Parse(baseUri);
        var plainSegment = reference.Authority is null && c[0] is not ('/' or '.' or '?' or '#');
        if (plainSegment)
        {
            if (baseRef.Query is not null)
            {
                var text = (baseRef with { Fragment = null }).ToString();
                return text.EndsWith('/') ? text + c : text + "/" + c;
            }

            if (!baseRef.Path.EndsWith('/'))
            {
                baseRef = baseRef with { Path = baseRef.Path + "/" };
            }
        }

        return baseRef.Resolve(reference).ToString();
    }

    /// <summary>
    /// Splits <c>rtsp://user:pass@host/path</c> into the URL without user-info and the percent-decoded user name
    /// and password; false (and the URL unchanged) when there is no user-info.
    /// </summary>
    public static bool TrySplitUserInfo(string uri, out string withoutUserInfo, out string? user, out string? password)
    {
        ArgumentNullException.ThrowIfNull(uri);
        withoutUserInfo = uri;
        user = password = null;
        var reference = UriReference.Parse(uri);
        var at = reference.Authority?.LastIndexOf('@') ?? -1;
        if (at < 0)
        {
            return false;
        }

        var userInfo = reference.Authority![..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        user = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
        password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        withoutUserInfo = (reference with { Authority = reference.Authority[(at + 1)..] }).ToString();
        return true;
    }
}
