namespace Vms.Onvif.Client;

/// <summary>
/// Fixes addresses a device hands out (stream URIs, service XAddrs) so they point at the host the device was
/// reached on. Cameras behind NAT or port forwarding report their private address (<c>192.168.1.64</c>), some
/// report <c>0.0.0.0</c> or <c>localhost</c>, some a path without scheme and host (<c>/live/main</c>): the port and
/// path are kept, the host becomes the device URL's host. Credentials embedded by the device are dropped.
/// </summary>
public static class DeviceAddress
{
    /// <summary>Service XAddrs: like <see cref="Fix"/>, and when the host is replaced the port becomes the device URL's too
    /// (a camera behind port forwarding reports its internal HTTP port; its services share the device service's).</summary>
    public static Uri? FixService(string? reported, Uri reachedOn)
    {
        ArgumentNullException.ThrowIfNull(reachedOn);
        var uri = Fix(reported, reachedOn, reachedOn.Scheme, out var replaced);
        return uri is not null && replaced && uri.Scheme == reachedOn.Scheme
            ? new UriBuilder(uri) { Port = reachedOn.Port }.Uri
            : uri;
    }

    /// <summary>Returns <paramref name="reported"/> with its host replaced by <paramref name="reachedOn"/>'s host when they
    /// differ; a relative path gets <paramref name="defaultScheme"/> (and the scheme's default port). Null when
    /// <paramref name="reported"/> is empty or unusable.</summary>
    public static Uri? Fix(string? reported, Uri reachedOn, string defaultScheme, out bool hostReplaced)
    {
        ArgumentNullException.ThrowIfNull(reachedOn);
        hostReplaced = false;
        var text = reported?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        Uri? uri;
        if (text.StartsWith('/'))
        {
            hostReplaced = true;
            return Uri.TryCreate($"{defaultScheme}://{HostText(reachedOn)}{text}", UriKind.Absolute, out uri) ? uri : null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out uri) || string.IsNullOrEmpty(uri.Host))
        {
            // "host:554/path" without a scheme, or garbage
            return Uri.TryCreate($"{defaultScheme}://{text}", UriKind.Absolute, out uri) && !string.IsNullOrEmpty(uri.Host)
                ? Fix(uri.ToString(), reachedOn, defaultScheme, out hostReplaced)
                : null;
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty };
        if (!string.Equals(uri.IdnHost, reachedOn.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            builder.Host = reachedOn.Host;
            hostReplaced = true;
        }

        return builder.Uri;
    }

    private static string HostText(Uri uri) => uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost.Trim('[', ']')}]" : uri.Host;
}
