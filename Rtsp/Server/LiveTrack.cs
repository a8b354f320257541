using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>The sender state of one track of a live stream (guarded by the stream's lock).</summary>
internal sealed class LiveTrack(MediaTrack track, ITrackPacketizer packetizer)
{
    public MediaTrack Track { get; set; } = track;

    public ITrackPacketizer Packetizer { get; } = packetizer;

    /// <summary>Follows in-band parameter sets (video tracks only).</summary>
    public ParameterSetExtractor? ParameterSets { get; } =
        track.Codec is CodecId.H264 or CodecId.H265 ? new ParameterSetExtractor(track.Codec, track.Parameters) : null;

    /// <summary>When the last sender report went out (<see cref="TimeProvider.GetTimestamp"/>).</summary>
    public long LastSenderReportAt { get; set; }

    /// <summary>True once a unit was sent.</summary>
    public bool HasSent { get; set; }
}
