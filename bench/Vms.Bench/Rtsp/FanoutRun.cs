namespace Vms.Bench.Rtsp;

/// <summary>The figures of one (server, viewer count) run of <c>rtsp-fanout</c>.</summary>
internal sealed record FanoutRun(
    string Server,
    int Viewers,
    double WindowSeconds,
    double CpuSeconds,
    long Packets,
    long Bytes,
    long AllocatedBytes,
    double? LatencyP50Ms,
    double? LatencyP99Ms,
    double? LatencyMaxMs,
    double ViewerCpuSeconds)
{
    /// <summary>The viewer process's CPU (share of one core) over the window: the load the clients add to the same cores.</summary>
    public double ViewerCpuShare => ViewerCpuSeconds / WindowSeconds;

    /// <summary>Server CPU seconds per second of one viewer's stream.</summary>
    public double CpuPerViewerSecond => CpuSeconds / (Viewers * WindowSeconds);

    /// <summary>Server bytes allocated per RTP packet delivered to a viewer (null when not measured).</summary>
    public double? AllocatedPerPacket => AllocatedBytes < 0 || Packets == 0 ? null : (double)AllocatedBytes / Packets;

    /// <summary>Delivered rate per viewer in Mbit/s.</summary>
    public double MbitPerViewer => Bytes * 8 / 1e6 / WindowSeconds / Viewers;
}
