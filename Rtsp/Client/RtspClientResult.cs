namespace Vms.Rtsp.Client;

/// <summary>How an <see cref="RtspClient"/> ended: the reason, a human-readable detail, and the RTSP status or exception when there was one.</summary>
public sealed record RtspClientResult(RtspClientStopReason Reason, string Detail, int? StatusCode = null, Exception? Exception = null)
{
    public override string ToString() => StatusCode is { } s ? $"{Reason} ({s}): {Detail}" : $"{Reason}: {Detail}";
}
