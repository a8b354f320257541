namespace Vms.Rtsp.Server;

public sealed partial class RtspStream
{
    /// <summary>Sender reports fanned out so far (all tracks).</summary>
    internal long SenderReportsSent { get; private set; }

    /// <summary>Fans the track's sender report out when its interval has passed since the last one.</summary>
    private void MaybeSendSenderReport(int trackIndex, LiveTrack track, long now)
    {
        if (now - track.LastSenderReportAt < _senderReportTicks || track.Packetizer.SenderReport() is not { } report)
        {
            return;
        }

        track.LastSenderReportAt = now;
        SenderReportsSent++;
        Fan(trackIndex, rtcp: true, report);
    }

    /// <summary>Tells every viewer that each track that sent something stops (RTCP BYE).</summary>
    private void SendGoodbyes(string reason)
    {
        for (var i = 0; i < _tracks.Length; i++)
        {
            if (_tracks[i].HasSent)
            {
                Fan(i, rtcp: true, _tracks[i].Packetizer.Goodbye(reason));
            }
        }
    }
}
