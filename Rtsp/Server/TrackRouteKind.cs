namespace Vms.Rtsp.Server;

/// <summary>The lower transport of a set-up track.</summary>
internal enum TrackRouteKind
{
    None,
    Interleaved,
    Udp,
}
