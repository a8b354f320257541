using System.Buffers.Binary;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

/// <summary>Test double: one RTP packet per NAL unit (12-byte header + the NAL), so tests can read NAL types back.</summary>
internal sealed class NalPerPacketPacketizer(int payloadType, uint ssrc, ushort firstSequence = 1000) : ITrackPacketizer
{
    public int PayloadType => payloadType;

    public uint Ssrc => ssrc;

    public ushort NextSequence { get; private set; } = firstSequence;

    public void Packetize(AccessUnit unit, uint rtpTimestamp, List<ReadOnlyMemory<byte>> packets)
    {
        for (var i = 0; i < unit.NalUnits.Count; i++)
        {
            var nal = unit.NalUnits[i].Span;
            var packet = new byte[12 + nal.Length];
            packet[0] = 0x80;
            packet[1] = (byte)(payloadType | (i == unit.NalUnits.Count - 1 ? 0x80 : 0));
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), NextSequence++);
            BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), rtpTimestamp);
            BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(8), ssrc);
            nal.CopyTo(packet.AsSpan(12));
            packets.Add(packet);
        }
    }

    public static Func<MediaTrack, int, ITrackPacketizer> Factory => (t, pt) => new NalPerPacketPacketizer(pt, 0x1000u + (uint)t.Index);
}
