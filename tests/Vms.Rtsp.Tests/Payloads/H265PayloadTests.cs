using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Payloads.H265;
using Vms.Rtsp.Rtp;
using static Vms.Rtsp.Tests.Payloads.PayloadHarness;

namespace Vms.Rtsp.Tests.Payloads;

public class H265PayloadTests
{
    private static readonly byte[] Vps = [0x40, 0x01, 0x0C, 0x01, 0xFF, 0xFF];
    private static readonly byte[] Sps = [0x42, 0x01, 0x01, 0x01, 0x60, 0x00];
    private static readonly byte[] Pps = [0x44, 0x01, 0xC1, 0x72];

    [Theory]
    [InlineData(1, 1400)]
    [InlineData(2, 700)]
    [InlineData(3, 64)]
    [InlineData(4, 32)]
    public void PacketizeThenDepacketize_NalSizesAroundMtu_Identity(int seed, int mtu)
    {
        var random = new Random(seed);
        int[] sizes = [2, 3, mtu - 3, mtu - 1, mtu, mtu + 1, mtu + 3, 10 * mtu, (10 * mtu) + 1];
        var units = new List<AccessUnit>();
        for (var i = 0; i < 40; i++)
        {
            var key = i % 8 == 0;
            var nals = new List<ReadOnlyMemory<byte>>();
            var count = random.Next(1, 10);
            for (var n = 0; n < count; n++)
            {
                var size = random.Next(3) == 0 ? random.Next(2, 4 * mtu) : sizes[random.Next(sizes.Length)];
                var type = key ? (n == 0 ? 19 : random.Next(19, 22)) : random.Next(0, 2);
                nals.Add(Nal(random, size, (byte)(type << 1), (byte)(1 + random.Next(2))));
            }

            units.Add(new AccessUnit(CodecId.H265, nals, unchecked(uint.MaxValue - 50_000L + (i * 3_750L)), 0, key));
        }

        var packets = Packetize(new H265Packetizer(options: new RtpPacketizerOptions { MaxPayloadSize = mtu }), units, firstSequence: 65_530);
        var d = new H265Depacketizer();

        var back = Depacketize(d, packets);

        Assert.All(packets, p => Assert.InRange(p.Length, 14, RtpHeader.FixedLength + mtu));
        Assert.Equal(units.Count, back.Count);
        for (var i = 0; i < units.Count; i++)
        {
            AssertSameNalUnits(units[i].NalUnits, back[i].NalUnits);
            Assert.Equal(units[i].IsKeyframe, back[i].IsKeyframe);
            Assert.Equal(back[0].Pts + (i * 3_750L), back[i].Pts);
        }

        Assert.Equal(0, d.Statistics.PayloadErrors);
    }

    [Fact]
    public void Packetize_FragmentationUnitHeaders()
    {
        var random = new Random(1);
        var au = new AccessUnit(CodecId.H265, [Nal(random, 3000, 0x26, 0x01)], 0, 0, true); // IDR_W_RADL

        var packets = Packetize(new H265Packetizer(options: new RtpPacketizerOptions { InsertParameterSets = false }), [au]);

        Assert.Equal(3, packets.Count);
        Assert.Equal(49, (packets[0][12] >> 1) & 0x3F);
        Assert.Equal(0x01, packets[0][13]);
        Assert.Equal(0x80 | 19, packets[0][14]);
        Assert.Equal(19, packets[1][14]);
        Assert.Equal(0x40 | 19, packets[2][14]);
        Assert.Equal([false, false, true], packets.Select(p => (p[1] & 0x80) != 0));
    }

    [Fact]
    public void Packetize_IrapWithoutSets_AggregatedVpsSpsPpsFirst()
    {
        var random = new Random(2);
        var irap = new AccessUnit(CodecId.H265, [Nal(random, 100, 0x2A, 0x01)], 0, 0, true); // CRA
        var packetizer = new H265Packetizer(new H265Parameters(Vps, Sps, Pps), new RtpPacketizerOptions { AggregateParameterSets = true });

        var packets = Packetize(packetizer, [irap]);
        var back = Depacketize(new H265Depacketizer(), packets);

        Assert.Equal(48, (packets[0][12] >> 1) & 0x3F);
        AssertSameNalUnits([Vps, Sps, Pps, irap.NalUnits[0]], Assert.Single(back).NalUnits);
        Assert.True(back[0].IsKeyframe);
    }

    [Fact]
    public void Depacketize_AggregationPacket_SplitsNalUnits()
    {
        byte[] payload = [0x60, 0x01, 0, (byte)Vps.Length, .. Vps, 0, (byte)Sps.Length, .. Sps, 0, (byte)Pps.Length, .. Pps];
        var d = new H265Depacketizer();

        var back = Depacketize(d, [Packet(false, 1, 0, payload), Packet(true, 2, 0, 0x28, 0x01, 0xAF)]);

        AssertSameNalUnits([Vps, Sps, Pps, new byte[] { 0x28, 0x01, 0xAF }], Assert.Single(back).NalUnits);
    }

    [Theory]
    [InlineData(new byte[] { 0x60, 0x01, 0, 9, 0x40 })]
    [InlineData(new byte[] { 0x60, 0x01, 0, 1, 0x40 })]
    [InlineData(new byte[] { 0x60, 0x01 })]
    [InlineData(new byte[] { 0x62, 0x01, 0x93 })]
    [InlineData(new byte[] { 0x26 })]
    public void Depacketize_MalformedPayloads_TypedErrors(byte[] payload)
    {
        var d = new H265Depacketizer();

        Assert.Empty(Depacketize(d, [Packet(true, 1, 0, payload)]));

        Assert.Equal(1, d.Statistics.PayloadErrors);
        Assert.True(d.GetErrorCount(RtpPayloadError.InvalidAggregation) + d.GetErrorCount(RtpPayloadError.Truncated) == 1);
    }

    [Theory]
    [InlineData(50)] // PACI
    [InlineData(55)]
    [InlineData(63)]
    public void Depacketize_PaciAndReserved_Unsupported(int type)
    {
        var d = new H265Depacketizer();

        Assert.Empty(Depacketize(d, [Packet(true, 1, 0, (byte)(type << 1), 0x01, 1, 2, 3)]));

        Assert.Equal(1, d.GetErrorCount(RtpPayloadError.UnsupportedPacketType));
    }

    [Fact]
    public void Depacketize_LossInsideFragment_DropsUntilIrap()
    {
        var random = new Random(5);
        var units = Enumerable.Range(0, 16).Select(i => new AccessUnit(
            CodecId.H265,
            [Nal(random, 4000, i % 8 == 0 ? (byte)0x26 : (byte)0x02, 0x01)],
            i * 3000L,
            0,
            i % 8 == 0)).ToList();
        var packets = Packetize(new H265Packetizer(), units);
        var d = new H265Depacketizer();

        var back = Depacketize(d, packets, i => i == 7); // the middle of access unit 2

        Assert.Equal(new long[] { 0, 3000, 24_000, 27_000, 30_000, 33_000, 36_000, 39_000, 42_000, 45_000 }, back.Select(a => a.Pts));
        Assert.Equal(6, d.Statistics.DroppedAccessUnits);
    }
}
