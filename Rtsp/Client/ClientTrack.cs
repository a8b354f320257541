using System.Net;
using Vms.Rtsp.Media;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Client;

/// <summary>One set-up track of a client: its receiver, where its packets arrive, and its counters.</summary>
internal sealed class ClientTrack(int index, MediaTrack track, string controlUrl, RtpTrackReceiver receiver)
{
    private long _accessUnits;
    private long _dropped;

    public int Index { get; } = index;

    public MediaTrack Track { get; } = track;

    /// <summary>The absolute URL the track was SETUP with.</summary>
    public string ControlUrl { get; } = controlUrl;

    public RtpTrackReceiver Receiver { get; } = receiver;

    /// <summary>Interleaved: the RTP channel (RTCP on the next one); -1 for UDP.</summary>
    public int RtpChannel { get; set; } = -1;

    /// <summary>UDP: the local socket pair.</summary>
    public UdpTrackSockets? Udp { get; set; }

    /// <summary>UDP: where receiver reports go (the server's RTCP port).</summary>
    public IPEndPoint? ServerRtcp { get; set; }

    public long AccessUnits => Interlocked.Read(ref _accessUnits);

    public long Dropped => Interlocked.Read(ref _dropped);

    public void CountAccessUnit(bool delivered)
    {
        if (delivered)
        {
            Interlocked.Increment(ref _accessUnits);
        }
        else
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public RtspClientTrackStatistics Statistics() => new(Index, AccessUnits, Dropped, Receiver.GetStatistics());
}
