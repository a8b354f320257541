using Vms.Rtsp.Media;

namespace Vms.Rtsp.Sdp;

/// <summary>One track of the SDP our server writes: the track, its RTP payload type, its control
/// (<c>trackID=&lt;Index&gt;</c> unless given) and optionally the ONVIF track token (<c>a=x-onvif-track:</c>).</summary>
public sealed record SdpTrackDescription(MediaTrack Track, int PayloadType, string? Control = null, string? OnvifTrackToken = null);
