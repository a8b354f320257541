namespace Vms.Rtsp.Server;

/// <summary>How one set-up track reaches its viewer.</summary>
/// <param name="Kind">Not set up, interleaved on the RTSP connection, or UDP.</param>
/// <param name="RtpChannel">Interleaved: the RTP channel (RTCP on the next one).</param>
internal readonly record struct TrackRoute(TrackRouteKind Kind, int RtpChannel)
{
    public static TrackRoute None => default;
}
