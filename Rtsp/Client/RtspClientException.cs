namespace Vms.Rtsp.Client;

/// <summary>Starting a client failed; <see cref="Result"/> says why (also the client's completion result).</summary>
public sealed class RtspClientException : Exception
{
    public RtspClientException()
        : this(new RtspClientResult(RtspClientStopReason.ConnectionFailed, "failed"))
    {
    }

    public RtspClientException(string message)
        : this(new RtspClientResult(RtspClientStopReason.ConnectionFailed, message))
    {
    }

    public RtspClientException(string message, Exception innerException)
        : base(message, innerException) => Result = new RtspClientResult(RtspClientStopReason.ConnectionFailed, message, null, innerException);

    public RtspClientException(RtspClientResult result)
        : base(result.ToString(), result.Exception) => Result = result;

    public RtspClientResult Result { get; }

    /// <summary>The RTSP status of the refused request, if that was the cause.</summary>
    public int? StatusCode => Result.StatusCode;
}
