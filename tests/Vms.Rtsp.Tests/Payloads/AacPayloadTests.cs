using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Payloads.Aac;
using static Vms.Rtsp.Tests.Payloads.PayloadHarness;

namespace Vms.Rtsp.Tests.Payloads;

public class AacPayloadTests
{
    private static readonly AacParameters Lc48k = new([0x11, 0x90], 48_000, 2); // AAC-LC, 48 kHz, stereo

    [Theory]
    [InlineData(1400)]
    [InlineData(100)]
    [InlineData(32)]
    public void PacketizeThenDepacketize_Frames_Identity(int mtu)
    {
        var random = new Random(mtu);
        var frames = Enumerable.Range(0, 50)
            .Select(i => new AccessUnit(CodecId.Aac, [Nal(random, random.Next(1, 1500))], unchecked(uint.MaxValue - 10_240L + (i * 1024L)), 0, true))
            .ToList();

        var packets = Packetize(new AacPacketizer(new RtpPacketizerOptions { MaxPayloadSize = mtu }), frames);
        var d = new AacDepacketizer(Lc48k);
        var back = Depacketize(d, packets);

        Assert.Equal(frames.Count, back.Count);
        for (var i = 0; i < frames.Count; i++)
        {
            AssertSameNalUnits(frames[i].NalUnits, back[i].NalUnits);
            Assert.Equal(back[0].Pts + (i * 1024L), back[i].Pts);
            Assert.True(back[i].IsKeyframe);
        }

        Assert.All(packets.Where(p => (p[1] & 0x80) == 0), p => Assert.Equal(RtpHeaderLength + mtu, p.Length)); // only full fragments lack the marker
    }

    [Fact]
    public void Depacketize_SeveralFramesInOnePacket_SplitWithTimestamps()
    {
        // AU-headers-length 48 bits: sizes 3, 2, 4 (index 0, deltas 0)
        byte[] payload = [0x00, 0x30, 0x00, 0x18, 0x00, 0x10, 0x00, 0x20, 1, 2, 3, 4, 5, 6, 7, 8, 9];

        var back = Depacketize(new AacDepacketizer(Lc48k), [Packet(true, 1, 48_000, payload)]);

        Assert.Equal(3, back.Count);
        Assert.Equal(new byte[] { 1, 2, 3 }, back[0].NalUnits[0].ToArray());
        Assert.Equal(new byte[] { 4, 5 }, back[1].NalUnits[0].ToArray());
        Assert.Equal(new byte[] { 6, 7, 8, 9 }, back[2].NalUnits[0].ToArray());
        Assert.Equal([48_000L, 49_024, 50_048], back.Select(a => a.Pts));
    }

    [Fact]
    public void Depacketize_Frame960Config_UsesConfigFrameLength()
    {
        byte[] payload = [0x00, 0x20, 0x00, 0x08, 0x00, 0x08, 1, 2];
        var config = new AacParameters([0x11, 0x94], 48_000, 2); // frameLengthFlag = 1

        var back = Depacketize(new AacDepacketizer(config), [Packet(true, 1, 0, payload)]);

        Assert.Equal([0L, 960], back.Select(a => a.Pts));
    }

    [Fact]
    public void Depacketize_LostFragment_DropsThatFrameOnly()
    {
        var random = new Random(3);
        var frames = Enumerable.Range(0, 5).Select(i => new AccessUnit(CodecId.Aac, [Nal(random, 300)], i * 1024L, 0, true)).ToList();
        var packets = Packetize(new AacPacketizer(new RtpPacketizerOptions { MaxPayloadSize = 104 }), frames); // 3 per frame
        var d = new AacDepacketizer(Lc48k);

        var back = Depacketize(d, packets, i => i == 4); // middle fragment of frame 1

        Assert.Equal([0L, 2048, 3072, 4096], back.Select(a => a.Pts));
        Assert.Equal(1, d.Statistics.DroppedAccessUnits);
        Assert.Equal(1, d.Statistics.LostPackets);
    }

    [Fact]
    public void Depacketize_LostFirstFragment_DropsFrameWithoutError()
    {
        var random = new Random(4);
        var frames = Enumerable.Range(0, 4).Select(i => new AccessUnit(CodecId.Aac, [Nal(random, 300)], i * 1024L, 0, true)).ToList();
        var packets = Packetize(new AacPacketizer(new RtpPacketizerOptions { MaxPayloadSize = 104 }), frames);
        var d = new AacDepacketizer(Lc48k);

        var back = Depacketize(d, packets, i => i == 3); // first fragment of frame 1

        Assert.Equal([0L, 2048, 3072], back.Select(a => a.Pts));
        Assert.Equal(1, d.Statistics.DroppedAccessUnits);
        Assert.Equal(0, d.Statistics.PayloadErrors);
    }

    [Theory]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0x00, 0x10, 0x00 })]
    [InlineData(new byte[] { 0x00, 0x20, 0x00, 0x18, 0x00, 0x18, 1, 2, 3, 4 })] // two frames of 3 bytes, 4 bytes of data
    [InlineData(new byte[] { 0x00, 0x08, 0x00, 1 })] // a header shorter than one AU header
    public void Depacketize_MalformedHeaders_TypedError(byte[] payload)
    {
        var d = new AacDepacketizer(Lc48k);

        Assert.Empty(Depacketize(d, [Packet(true, 1, 0, payload)]));

        Assert.Equal(1, d.Statistics.PayloadErrors);
        Assert.Contains(d.Statistics.LastError, new[] { RtpPayloadError.Truncated, RtpPayloadError.InvalidAuHeaders });
    }

    [Theory]
    [InlineData(71)]
    [InlineData(72)]
    public void Push_SeededGarbage_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var d = new AacDepacketizer(Lc48k);
        var output = new List<AccessUnit>();
        for (var i = 0; i < 10_000; i++)
        {
            var payload = new byte[random.Next(0, 40)];
            random.NextBytes(payload);
            Assert.True(Vms.Rtsp.Rtp.RtpPacket.TryParse(Packet(random.Next(2) == 0, (ushort)i, (uint)random.Next(3), payload), out var p));
            d.Push(p, random.Next(10) == 0 ? 1 : 0, T0, output);
        }

        Assert.All(output, au => Assert.InRange(au.ByteLength, 0, AacDepacketizer.MaxAccessUnitSize));
    }

    [Fact]
    public void Packetize_FrameTooLargeForAuSize_Throws()
    {
        var packetizer = new AacPacketizer();
        Assert.Throws<RtpPacketizationException>(() => packetizer.Begin(new AccessUnit(CodecId.Aac, [new byte[8192]], 0, 0, true)));
    }

    private const int RtpHeaderLength = Vms.Rtsp.Rtp.RtpHeader.FixedLength;
}
