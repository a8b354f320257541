namespace Vms.Rtsp.Server;

/// <summary>A playback source refusing a request: the client gets <see cref="StatusCode"/> (457 Invalid Range by default).</summary>
public sealed class RtspPlaybackException : Exception
{
    public RtspPlaybackException()
        : this("invalid range")
    {
    }

    public RtspPlaybackException(string message)
        : this(message, 457)
    {
    }

    public RtspPlaybackException(string message, Exception innerException)
        : base(message, innerException) => StatusCode = 457;

    public RtspPlaybackException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The RTSP status sent to the client.</summary>
    public int StatusCode { get; }
}
