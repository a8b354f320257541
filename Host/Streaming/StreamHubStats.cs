namespace Vms.Host.Streaming;

/// <summary>A snapshot of one camera stream's hub (for metrics and the API).</summary>
/// <param name="Online">A pull is feeding the hub now.</param>
/// <param name="Recording">A recorder is attached to the current feed.</param>
/// <param name="FramesPerSecond">Video frames per second over the last seconds.</param>
/// <param name="BitsPerSecond">Video bits per second over the last seconds.</param>
/// <param name="Frames">Video frames received since start.</param>
/// <param name="Bytes">Video bytes received since start.</param>
/// <param name="Feeds">Pulls opened since start (reconnects = feeds − 1).</param>
/// <param name="Gaps">Pulls ended since start (each leaves a gap in the recordings).</param>
/// <param name="RecorderDrops">Units the recorders dropped (queue full or suspended).</param>
/// <param name="LiveViewerDrops">Live viewers dropped because they could not keep up.</param>
/// <param name="Viewers">Live viewers attached now.</param>
/// <param name="RecordingLag">How long the last unit waited for the recorder.</param>
/// <param name="LastFrameUtc">Arrival of the last video frame.</param>
public sealed record StreamHubStats(
    StreamKey Key,
    bool Online,
    bool Recording,
    double FramesPerSecond,
    double BitsPerSecond,
    long Frames,
    long Bytes,
    long Feeds,
    long Gaps,
    long RecorderDrops,
    long LiveViewerDrops,
    int Viewers,
    TimeSpan RecordingLag,
    DateTimeOffset? LastFrameUtc)
{
    public long Reconnects => Math.Max(0, Feeds - 1);
}
