using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>Creates the packetizer of a track from its codec (adapter over the payload formats).</summary>
internal static class TrackPacketizers
{
    /// <summary>The RTP payload type of track <paramref name="index"/>: the static one of G.711, else dynamic 96 + index.</summary>
    public static int PayloadType(MediaTrack track, int index) => track.Codec switch
    {
        CodecId.Pcmu => 0,
        CodecId.Pcma => 8,
        _ => 96 + index,
    };

    /// <summary>The packetizer of a track (NotSupportedException for codecs without an RTP payload format here).</summary>
    public static ITrackPacketizer Create(MediaTrack track, int payloadType, int maxPacketSize, TimeProvider time) =>
        new PayloadTrackPacketizer(track, payloadType, maxPacketSize, time);
}
