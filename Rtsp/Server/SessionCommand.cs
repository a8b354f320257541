using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>Work for a session's loop: a request to answer, or the end of the session.</summary>
internal abstract record SessionCommand;

/// <summary>
/// A request for the session. The reply is the response to send, or null when the session has already
/// queued it itself (PLAY: the response must precede the first media packet on the connection).
/// </summary>
internal sealed record SessionRequest(
    RtspRequest Request,
    RequestTarget Target,
    ServerConnection Connection,
    TaskCompletionSource<RtspResponse?> Reply) : SessionCommand;

/// <summary>Ends the session (timeout, connection closed, viewer dropped, source ended).</summary>
internal sealed record SessionEnd(string Reason) : SessionCommand;
