using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Server;

/// <summary>
/// The server's <see cref="ITrackPacketizer"/>: an <see cref="RtpTrackSender"/> writing each packet straight into a
/// slab piece, so packetizing allocates nothing per packet (one 64 KiB slab per ~45 packets, shared by every viewer).
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

    public int PayloadType => _sender.PayloadType;

    public uint Ssrc => _sender.Ssrc;

    public ushort NextSequence => _sender.NextSequenceNumber;

    public uint ToRtpTime(long pts) => _sender.ToRtpTimestamp(pts);

    public void Packetize(AccessUnit unit, List<ReadOnlyMemory<byte>> packets)
    {
        _sender.Begin(unit);
        var max = _sender.MaxPacketSize;
        for (var guard = 0; guard < 1_000_000; guard++)
        {
            if (!_sender.TryWriteNextPacket(_slab.GetMemory(max).Span[..max], out var written))
            {
                return;
            }

            packets.Add(_slab.Commit(written));
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
