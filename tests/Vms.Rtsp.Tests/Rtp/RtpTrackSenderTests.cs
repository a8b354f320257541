using Vms.Rtsp.Media;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;
using Vms.Rtsp.Tests.Payloads;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Rtp;

public class RtpTrackSenderTests
{
    private static readonly MediaTrack Video = new(0, new H264Parameters([0x67, 0x42, 0xC0, 0x1E, 0xD9], [0x68, 0xCE, 0x38, 0x80]));

    [Fact]
    public void Packetize_SequencesTimestampsSsrcAndMarker()
    {
        var sender = new RtpTrackSender(Video, new RtpTrackSenderOptions { Ssrc = 0xA1B2C3D4, InitialSequenceNumber = 65_534, InitialTimestamp = uint.MaxValue - 2999, PayloadType = 97 });
        var units = H264PayloadTests.Gop(seed: 1, count: 3, gop: 3, nalSize: 3000);

        var batches = units.Select(sender.Packetize).ToList();

        var packets = batches.SelectMany(b => Enumerable.Range(0, b.Count).Select(i => b[i])).ToList();
        var parsed = packets.Select(p => { Assert.True(RtpPacket.TryParse(p, out var r)); return r; }).ToList();
        Assert.Equal(Enumerable.Range(0, parsed.Count).Select(i => unchecked((ushort)(65_534 + i))), parsed.Select(p => p.SequenceNumber));
        Assert.All(parsed, p => Assert.Equal((0xA1B2C3D4u, (byte)97), (p.Ssrc, p.PayloadType)));
        Assert.Equal([uint.MaxValue - 2999, 0u, 3000u], batches.Select(b => b.Timestamp)); // 3000 apart, wrapping
        Assert.Equal(65_534, batches[0].FirstSequenceNumber);
        Assert.All(batches, b => Assert.True(b[b.Count - 1].Span[1] >= 0x80)); // marker on the last packet
        Assert.True(batches[0].IsKeyframe);
        Assert.Equal((uint)packets.Count, sender.PacketCount);
        Assert.Equal((uint)packets.Sum(p => p.Length - RtpHeader.FixedLength), sender.OctetCount);
        Assert.Equal(unchecked((ushort)(65_534 + packets.Count)), sender.NextSequenceNumber);
        Assert.All(packets, p => Assert.InRange(p.Length, 13, sender.MaxPacketSize));
    }

    [Fact]
    public void TryWriteNextPacket_SameBytesAsBatch()
    {
        var options = new RtpTrackSenderOptions { Ssrc = 5, InitialSequenceNumber = 10, InitialTimestamp = 1000 };
        var au = H264PayloadTests.Gop(seed: 2, count: 1, gop: 1, nalSize: 5000)[0];
        var batch = new RtpTrackSender(Video, options).Packetize(au);
        var sender = new RtpTrackSender(Video, options);
        var buffer = new byte[sender.MaxPacketSize];

        sender.Begin(au);
        var i = 0;
        while (sender.TryWriteNextPacket(buffer, out var written))
        {
            Assert.True(batch[i++].Span.SequenceEqual(buffer.AsSpan(0, written)));
        }

        Assert.Equal(batch.Count, i);
        Assert.False(sender.TryWriteNextPacket(buffer, out _));
        Assert.Throws<ArgumentException>(() => { sender.Begin(au); sender.TryWriteNextPacket(new byte[100], out _); });
    }

    [Fact]
    public void Random_SsrcSequenceAndTimestamp_DifferPerSender()
    {
        var a = new RtpTrackSender(Video);
        var b = new RtpTrackSender(Video);
        var c = new RtpTrackSender(Video);

        // three 32-bit SSRCs all equal would mean no randomness
        Assert.False(a.Ssrc == b.Ssrc && b.Ssrc == c.Ssrc);
        Assert.False(a.ToRtpTimestamp(0) == b.ToRtpTimestamp(0) && b.ToRtpTimestamp(0) == c.ToRtpTimestamp(0));
    }

    [Fact]
    public void CreateSenderReport_BeforeFirstAccessUnit_NullThenCounts()
    {
        var clock = new ManualTimeProvider();
        var sender = new RtpTrackSender(Video, new RtpTrackSenderOptions { InitialTimestamp = 0 }, clock);
        Assert.Null(sender.CreateSenderReport());
        Assert.Equal(0, sender.WriteSenderReport(new byte[100]));

        var au = new AccessUnit(CodecId.H264, [new byte[] { 0x65, 1, 2 }], 0, 0, true, clock.GetUtcNow());
        var batch = sender.Packetize(au);
        clock.Advance(TimeSpan.FromSeconds(2));
        var report = sender.CreateSenderReport()!;

        var sr = Assert.IsType<RtcpSenderReport>(report.Packets[0]);
        Assert.Equal(180_000u, sr.RtpTimestamp);
        Assert.Equal((uint)batch.Count, sr.PacketCount);
        Assert.Equal(clock.GetUtcNow(), sr.NtpTimestamp.ToDateTime()); // captured when sent: the pair is "now"
        Assert.Equal("vms", Assert.IsType<RtcpSourceDescription>(report.Packets[1]).Chunks[0].CanonicalName);
        Assert.IsType<RtcpGoodbye>(sender.CreateGoodbye("end").Packets[2]);
    }

    [Fact]
    public void Packetize_AacTrack_OneFramePerPacket()
    {
        var track = new MediaTrack(1, new AacParameters([0x14, 0x08], 16_000, 1));
        var sender = new RtpTrackSender(track, new RtpTrackSenderOptions { InitialTimestamp = 0, PayloadType = 98 });

        var batch = sender.Packetize(new AccessUnit(CodecId.Aac, [new byte[200]], 1024, 1024, true));

        Assert.Equal(1, batch.Count);
        Assert.Equal(RtpHeader.FixedLength + 4 + 200, batch.TotalLength);
        Assert.Throws<NotSupportedException>(() => new RtpTrackSender(new MediaTrack(2, new MetadataParameters())));
    }

    private sealed record MetadataParameters : CodecParameters
    {
        public override CodecId Codec => CodecId.OnvifMetadata;

        public override MediaKind Kind => MediaKind.Application;

        public override int ClockRate => 90_000;
    }
}
