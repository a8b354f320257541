namespace Vms.Rtsp.Client;

/// <summary>Why an <see cref="RtspClient"/> stopped.</summary>
public enum RtspClientStopReason
{
    /// <summary>The owner disposed it (TEARDOWN was sent).</summary>
    Disposed,

    /// <summary>The server closed the connection.</summary>
    ServerClosed,

    /// <summary>No media arrived for <see cref="RtspClientOptions.StallTimeout"/>.</summary>
    Stalled,

    /// <summary>The server refused a request (status in the result), e.g. 401 or 404 during start.</summary>
    Refused,

    /// <summary>A request got no response in time.</summary>
    Timeout,

    /// <summary>The server sent bytes that are not RTSP.</summary>
    ProtocolError,

    /// <summary>The connection could not be opened or failed.</summary>
    ConnectionFailed,
}
