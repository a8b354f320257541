using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Server;

/// <summary>
/// The server's <see cref="ITrackPacketizer"/>: an <see cref="RtpTrackSender"/> writing each packet straight into a
/// slab piece, so packetizing allocates nothing per packet (one 64 KiB slab per ~45 packets, shared by every viewer).
/// Each packet is preceded in the slab by its RFC 2326 §10.12 interleaved header for the track's usual channel
/// (2 × track index, what clients ask for and what the server assigns): the packets of an access unit lie side by
/// side as ready-to-send frames, so a TCP viewer on that channel is sent them without any copy.
/// </summary>
internal sealed class PayloadTrackPacketizer(MediaTrack track, int payloadType, int maxPacketSize, TimeProvider time) : ITrackPacketizer
{
    private readonly RtpTrackSender _sender = new(
        track,
        new RtpTrackSenderOptions
        {
            PayloadType = (byte)payloadType,
            Packetizer = new Payloads.RtpPacketizerOptions { MaxPayloadSize = maxPacketSize - RtpHeader.FixedLength },
            CanonicalName = "vms",
        },
        time);

    private readonly PacketSlab _slab = new();

    public int FramedChannel { get; } = track.Index is >= 0 and <= 127 ? track.Index * 2 : -1;

    public int PayloadType => _sender.PayloadType;

    public uint Ssrc => _sender.Ssrc;

    public ushort NextSequence => _sender.NextSequenceNumber;

    public uint ToRtpTime(long pts) => _sender.ToRtpTimestamp(pts);

    public void Packetize(AccessUnit unit, List<ReadOnlyMemory<byte>> packets)
    {
        _sender.Begin(unit);
        var max = _sender.MaxPacketSize;
        var framed = FramedChannel >= 0;
        var header = framed ? 4 : 0;
        for (var guard = 0; guard < 1_000_000; guard++)
        {
            var span = _slab.GetMemory(header + max).Span[..(header + max)];
            if (!_sender.TryWriteNextPacket(span[header..], out var written))
            {
                return;
            }

            if (framed)
            {
                span[0] = (byte)'$';
                span[1] = (byte)FramedChannel;
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)written);
            }

            packets.Add(_slab.Commit(header + written)[header..]);
        }
    }

    public byte[]? SenderReport() => _sender.CreateSenderReport() is { } report ? ToBytes(report) : null;

    public byte[] Goodbye(string reason) => ToBytes(_sender.CreateGoodbye(reason));

    internal static byte[] ToBytes(RtcpCompoundPacket compound)
    {
        var bytes = new byte[compound.GetLength()];
        compound.Write(bytes);
        return bytes;
    }
}
