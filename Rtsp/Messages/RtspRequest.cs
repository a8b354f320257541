namespace Vms.Rtsp.Messages;

/// <summary>An RTSP request: <c>METHOD uri RTSP/1.0</c>, headers, optional body.</summary>
public sealed class RtspRequest : RtspMessage
{
    /// <param name="method">The method token (see <see cref="RtspMethod"/>).</param>
    /// <param name="uri">The request URI as written on the request line (absolute URL or <c>*</c>).</param>
    public RtspRequest(string method, string uri)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(uri);
        if (!RtspSyntax.IsToken(method))
        {
            throw new ArgumentException($"Invalid RTSP method '{method}'.", nameof(method));
        }

        if (uri.AsSpan().IndexOfAny(" \r\n\0\t") >= 0)
        {
            throw new ArgumentException("The request URI must not contain spaces or line breaks.", nameof(uri));
        }

        Method = method;
        Uri = uri;
    }

    public string Method { get; }

    /// <summary>The request target exactly as on the request line.</summary>
    public string Uri { get; }

    public override string ToString() => $"{Method} {Uri} {Version}";
}
