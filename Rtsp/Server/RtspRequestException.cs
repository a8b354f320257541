namespace Vms.Rtsp.Server;

/// <summary>A request the server refuses with <see cref="StatusCode"/>; the message says why (logged, and sent as the reason detail).</summary>
internal class RtspRequestException : Exception
{
    public RtspRequestException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public RtspRequestException(int statusCode, string message, Exception innerException)
        : base(message, innerException) => StatusCode = statusCode;

    public int StatusCode { get; }
}
