using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>Creates the packetizer of a track from its codec (adapter over the payload formats).</summary>
internal static class TrackPacketizers
{
    public static ITrackPacketizer Create(MediaTrack track, int payloadType, int maxPacketSize) =>
        throw new NotSupportedException($"no RTP packetizer for {track.Codec} yet (payload type {payloadType}, {maxPacketSize} bytes)");
}
