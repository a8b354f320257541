using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Client;

/// <summary>What one track of a client received.</summary>
/// <param name="TrackIndex">Index in <see cref="RtspClient.Tracks"/>.</param>
/// <param name="AccessUnits">Access units handed to <see cref="RtspClient.Frames"/>.</param>
/// <param name="DroppedAccessUnits">Access units dropped because the frame queue was full.</param>
/// <param name="Receiver">RTP/RTCP reception figures (loss, jitter, reordering, payload errors).</param>
public sealed record RtspClientTrackStatistics(int TrackIndex, long AccessUnits, long DroppedAccessUnits, RtpTrackReceiverStatistics Receiver);
