using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Server;

/// <summary>
/// The server's <see cref="ITrackPacketizer"/>: a payload-format packetizer (H.264/H.265/AAC/G.711) writing
/// straight into slab pieces behind a 12-byte RTP header, with this track's SSRC and sequence numbers.
/// </summary>
internal sealed class PayloadTrackPacketizer : ITrackPacketizer
{
    private readonly IRtpPacketizer _payloads;
    private readonly PacketSlab _slab = new();

    public PayloadTrackPacketizer(MediaTrack track, int payloadType, int maxPacketSize)
    {
        _payloads = RtpPayloadFormats.CreatePacketizer(track.Parameters, new RtpPacketizerOptions { MaxPayloadSize = maxPacketSize - RtpHeader.FixedLength });
        PayloadType = payloadType;
        Ssrc = (uint)Random.Shared.NextInt64(1, uint.MaxValue);
        NextSequence = (ushort)Random.Shared.Next(ushort.MaxValue + 1);
    }

    public int PayloadType { get; }

    public uint Ssrc { get; }

    public ushort NextSequence { get; private set; }

    public void Packetize(AccessUnit unit, uint rtpTimestamp, List<ReadOnlyMemory<byte>> packets)
    {
        _payloads.Begin(unit);
        var max = RtpHeader.FixedLength + _payloads.MaxPayloadSize;
        for (var guard = 0; guard < 1_000_000; guard++)
        {
            var room = _slab.GetMemory(max).Span;
            if (!_payloads.TryWriteNext(room[RtpHeader.FixedLength..max], out var payload))
            {
                return;
            }

            var header = new RtpHeader(payload.Marker, (byte)PayloadType, NextSequence++, unchecked(rtpTimestamp + (uint)payload.TimestampOffset), Ssrc);
            header.Write(room);
            packets.Add(_slab.Commit(RtpHeader.FixedLength + payload.Length));
        }
    }
}
