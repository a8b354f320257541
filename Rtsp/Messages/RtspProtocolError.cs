namespace Vms.Rtsp.Messages;

/// <summary>Why input was rejected, with the status code to answer before closing the connection.</summary>
/// <param name="StatusCode">400, 413, 414, 431 or 505.</param>
/// <param name="Detail">What was wrong, for logs (never echoed to the peer as is).</param>
public sealed record RtspProtocolError(int StatusCode, string Detail)
{
    public override string ToString() => $"{StatusCode} {RtspStatusCodes.GetReasonPhrase(StatusCode)}: {Detail}";
}
