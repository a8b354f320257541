using System.Buffers.Binary;
using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

/// <summary>Test double: one RTP packet per NAL unit (12-byte header + the NAL), so tests can read NAL types back.</summary>
internal sealed class NalPerPacketPacketizer(int payloadType, uint ssrc, TimeProvider time, ushort firstSequence = 1000) : ITrackPacketizer
{
    private readonly RtcpSenderReportBuilder _reports = new(ssrc, "test", 90_000, time);

    public int PayloadType => payloadType;

    public uint Ssrc => ssrc;

    public int FramedChannel => -1;

    public ushort NextSequence { get; private set; } = firstSequence;

    /// <summary>RTP time = PTS + 1 000 000 (a fixed offset keeps the test's arithmetic readable).</summary>
    public uint ToRtpTime(long pts) => unchecked((uint)pts + 1_000_000u);

    public byte[]? SenderReport() => _reports.HasSent ? Serialize(_reports.Build()) : null;

    public byte[] Goodbye(string reason) => Serialize(_reports.BuildGoodbye(reason));

    public void Packetize(AccessUnit unit, List<ReadOnlyMemory<byte>> packets)
    {
        // like the real packetizer: a keyframe without parameter sets gets the track's
        if (unit.IsKeyframe && unit.Codec == CodecId.H264 && !unit.NalUnits.Any(n => (n.Span[0] & 0x1F) == 7))
        {
            unit = new AccessUnit(unit.Codec, [TestMedia.Sps, TestMedia.Pps, .. unit.NalUnits], unit.Pts, unit.Dts, true, unit.WallClock);
        }

        var rtpTimestamp = ToRtpTime(unit.Pts);
        _reports.OnAccessUnitSent(rtpTimestamp, unit.WallClock);
        _reports.OnPacketsSent(unit.NalUnits.Count, unit.ByteLength);
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

    public static Func<MediaTrack, int, ITrackPacketizer> FactoryOn(TimeProvider time) => (t, pt) => new NalPerPacketPacketizer(pt, 0x1000u + (uint)t.Index, time);

    private static byte[] Serialize(RtcpCompoundPacket compound)
    {
        var bytes = new byte[compound.GetLength()];
        compound.Write(bytes);
        return bytes;
    }
}
