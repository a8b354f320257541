using System.Net;

namespace Vms.Rtsp.Server;

/// <summary>What a resolver or authorizer knows about a request.</summary>
/// <param name="Path">The URL path without the leading slash and without track suffixes
/// (<c>rtsp://host/cam1/main?x=1</c> → <c>cam1/main</c>), percent-decoded.</param>
/// <param name="Query">The query string without <c>?</c> (empty when none), as sent.</param>
/// <param name="User">The authenticated user name, or null when authentication is off.</param>
/// <param name="RemoteEndPoint">The client's address.</param>
/// <param name="Action">What the client is doing.</param>
public sealed record RtspPathRequest(string Path, string Query, string? User, EndPoint? RemoteEndPoint, RtspAction Action)
{
    /// <summary>
    /// The session being bound to the path (the resolver's call for the first SETUP, <see cref="RtspAction.Play"/>);
    /// null for DESCRIBE and for the authorizer. Lets the application tie a lease to the session and close it.
    /// </summary>
    public RtspSessionHandle? Session { get; init; }
}
