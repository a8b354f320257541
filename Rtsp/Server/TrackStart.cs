namespace Vms.Rtsp.Server;

/// <summary>
/// The first packet a viewer will receive on a track, for the RTP-Info header of the PLAY response.
/// Null values are not known yet (the track waits for its first packet) and are left out of RTP-Info.
/// </summary>
internal readonly record struct TrackStart(ushort? Sequence, uint? RtpTime);
