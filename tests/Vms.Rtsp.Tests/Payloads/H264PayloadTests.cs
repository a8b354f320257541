using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Payloads.H264;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;
using static Vms.Rtsp.Tests.Payloads.PayloadHarness;

namespace Vms.Rtsp.Tests.Payloads;

public class H264PayloadTests
{
    private static readonly byte[] Sps = [0x67, 0x42, 0xC0, 0x1E, 0xD9, 0x00, 0xA0, 0x47, 0xFE, 0xC8];
    private static readonly byte[] Pps = [0x68, 0xCE, 0x38, 0x80];

    [Theory]
    [InlineData(1, 1400)]
    [InlineData(2, 1400)]
    [InlineData(3, 500)]
    [InlineData(4, 64)]
    [InlineData(5, 32)]
    public void PacketizeThenDepacketize_NalSizesAroundMtu_Identity(int seed, int mtu)
    {
        var random = new Random(seed);
        int[] sizes = [1, 2, 3, mtu - 2, mtu - 1, mtu, mtu + 1, mtu + 2, (2 * mtu) - 3, 10 * mtu, (10 * mtu) + 7];
        var units = new List<AccessUnit>();
        for (var i = 0; i < 40; i++)
        {
            var key = i % 10 == 0;
            var nals = new List<ReadOnlyMemory<byte>>();
            var count = random.Next(1, 12); // many NAL units per access unit
            for (var n = 0; n < count; n++)
            {
                var size = random.Next(3) == 0 ? random.Next(1, 4 * mtu) : sizes[random.Next(sizes.Length)];
                var type = n == 0 && key ? H264NalUnitType.IdrSlice : key ? (H264NalUnitType)random.Next(5, 7) : (H264NalUnitType)random.Next(1, 2);
                nals.Add(Nal(random, size, (byte)(0x60 | (byte)type)));
            }

            units.Add(new AccessUnit(CodecId.H264, nals, unchecked(uint.MaxValue - 100_000L + (i * 7_500L)), 0, key));
        }

        var packetizer = new H264Packetizer(options: new RtpPacketizerOptions { MaxPayloadSize = mtu, InsertParameterSets = false });
        var packets = Packetize(packetizer, units, firstSequence: 65_500);
        var depacketizer = new H264Depacketizer();

        var back = Depacketize(depacketizer, packets);

        Assert.All(packets, p => Assert.InRange(p.Length, 13, RtpHeader.FixedLength + mtu));
        Assert.Equal(units.Count, back.Count);
        for (var i = 0; i < units.Count; i++)
        {
            AssertSameNalUnits(units[i].NalUnits, back[i].NalUnits);
            Assert.Equal(units[i].IsKeyframe, back[i].IsKeyframe);
            Assert.Equal(back[0].Pts + (i * 7_500L), back[i].Pts); // unwrapped across the 32-bit wrap
            Assert.Equal(back[i].Pts, back[i].Dts);
        }

        Assert.Equal(0, depacketizer.Statistics.DroppedAccessUnits);
        Assert.Equal(0, depacketizer.Statistics.PayloadErrors);
        Assert.Equal(packets.Count, depacketizer.Statistics.Packets);
    }

    [Fact]
    public void Packetize_MarkerOnlyOnLastPacketOfEachAccessUnit()
    {
        var random = new Random(9);
        var au = new AccessUnit(CodecId.H264, [Nal(random, 3000, 0x65), Nal(random, 100, 0x65)], 0, 0, true);
        var packetizer = new H264Packetizer(options: new RtpPacketizerOptions { InsertParameterSets = false });

        var packets = Packetize(packetizer, [au, au]);

        var markers = packets.Select(p => (p[1] & 0x80) != 0).ToList();
        Assert.Equal(8, packets.Count); // 3000 bytes → 3 FU-A, then 1 single, twice
        Assert.Equal([false, false, false, true, false, false, false, true], markers);
        Assert.Equal(0x7C, packets[0][12]); // FU indicator: NRI 3, type 28
        Assert.Equal(0x85, packets[0][13]); // FU header: Start, type 5
        Assert.Equal(0x45, packets[2][13]); // End
    }

    [Fact]
    public void Packetize_IdrWithoutParameterSets_SendsKnownSetsFirst()
    {
        var random = new Random(3);
        var aud = new byte[] { 0x09, 0xF0 };
        var idr = new AccessUnit(CodecId.H264, [aud, Nal(random, 200, 0x65)], 0, 0, true);
        var p = new AccessUnit(CodecId.H264, [Nal(random, 200, 0x41)], 3000, 3000, false);
        var packetizer = new H264Packetizer(new H264Parameters(Sps, Pps));

        var back = Depacketize(new H264Depacketizer(), Packetize(packetizer, [idr, p, idr]));

        Assert.Equal(3, back.Count);
        AssertSameNalUnits([aud, Sps, Pps, idr.NalUnits[1]], back[0].NalUnits); // after the delimiter
        AssertSameNalUnits(p.NalUnits, back[1].NalUnits);
        Assert.Equal(4, back[2].NalUnits.Count);
    }

    [Fact]
    public void Packetize_InBandSetsChange_FollowsStreamAndDoesNotDuplicate()
    {
        var random = new Random(4);
        var newSps = (byte[])Sps.Clone();
        newSps[^1] = 0x11;
        var withSets = new AccessUnit(CodecId.H264, [newSps, Pps, Nal(random, 50, 0x65)], 0, 0, true);
        var bare = new AccessUnit(CodecId.H264, [Nal(random, 50, 0x65)], 3000, 3000, true);
        var packetizer = new H264Packetizer(new H264Parameters(Sps, Pps));

        var back = Depacketize(new H264Depacketizer(), Packetize(packetizer, [withSets, bare]));

        Assert.Equal(3, back[0].NalUnits.Count); // not inserted again
        AssertSameNalUnits([newSps, Pps, bare.NalUnits[0]], back[1].NalUnits); // the stream's newest SPS
    }

    [Fact]
    public void Packetize_AggregateParameterSets_UsesStapA()
    {
        var random = new Random(5);
        var idr = new AccessUnit(CodecId.H264, [Nal(random, 2000, 0x65)], 0, 0, true);
        var packetizer = new H264Packetizer(new H264Parameters(Sps, Pps), new RtpPacketizerOptions { AggregateParameterSets = true });

        var packets = Packetize(packetizer, [idr]);
        var back = Depacketize(new H264Depacketizer(), packets);

        Assert.Equal(24, packets[0][12] & 0x1F);
        Assert.Equal(0x60, packets[0][12] & 0x60); // NRI of the sets
        Assert.Equal(3, packets.Count); // STAP-A + 2 FU-A
        AssertSameNalUnits([Sps, Pps, idr.NalUnits[0]], Assert.Single(back).NalUnits);
    }

    [Fact]
    public void Depacketize_StapA_SplitsNalUnits()
    {
        byte[] payload = [0x78, 0, (byte)Sps.Length, .. Sps, 0, (byte)Pps.Length, .. Pps, 0, 3, 0x65, 0x88, 0x80];

        var back = Depacketize(new H264Depacketizer(), [Packet(true, 1, 0, payload)]);

        AssertSameNalUnits([Sps, Pps, new byte[] { 0x65, 0x88, 0x80 }], Assert.Single(back).NalUnits);
        Assert.True(back[0].IsKeyframe);
    }

    [Theory]
    [InlineData(new byte[] { 0x78, 0, 5, 0x65, 1 })] // size beyond the payload
    [InlineData(new byte[] { 0x78, 0, 0, 0x65 })] // empty NAL unit
    [InlineData(new byte[] { 0x78, 0, 2, 0x65, 1, 0 })] // a dangling size byte
    [InlineData(new byte[] { 0x78 })] // nothing aggregated
    public void Depacketize_BadStapA_CountedAndDropped(byte[] payload)
    {
        var d = new H264Depacketizer();

        var back = Depacketize(d, [Packet(true, 1, 0, payload)]);

        Assert.Empty(back);
        Assert.Equal(1, d.Statistics.PayloadErrors);
        Assert.Equal(1, d.Statistics.DroppedAccessUnits);
    }

    [Theory]
    [InlineData(25)] // STAP-B
    [InlineData(26)] // MTAP16
    [InlineData(27)] // MTAP24
    [InlineData(29)] // FU-B
    [InlineData(30)]
    [InlineData(0)]
    public void Depacketize_InterleavedModeTypes_RejectedWithTypedError(byte type)
    {
        var d = new H264Depacketizer();

        var back = Depacketize(d, [Packet(false, 1, 0, 0x65, 1, 2), Packet(true, 2, 0, (byte)(0x60 | type), 0x85, 1, 2, 3)]);

        Assert.Empty(back);
        Assert.Equal(1, d.GetErrorCount(RtpPayloadError.UnsupportedPacketType));
        Assert.Equal(RtpPayloadError.UnsupportedPacketType, d.Statistics.LastError);
        Assert.Equal(1, d.Statistics.DroppedAccessUnits);
    }

    [Fact]
    public void Depacketize_LossInPFrame_DropsUntilNextKeyframeAndNeverEmitsCorruptUnit()
    {
        var units = Gop(seed: 7, count: 30, gop: 10, nalSize: 3000);
        var packets = Packetize(new H264Packetizer(options: new RtpPacketizerOptions { InsertParameterSets = false }), units);
        var firstPacketOfAu12 = PacketIndexOf(packets, units, 12);
        var d = new H264Depacketizer();

        var back = Depacketize(d, packets, i => i == firstPacketOfAu12 + 1); // a middle FU-A of access unit 12

        // 0..11 fine, 12..19 dropped (12 damaged, 13..19 depend on it), 20..29 fine from the next IDR
        Assert.Equal(Enumerable.Range(0, 12).Concat(Enumerable.Range(20, 10)).Select(i => units[i].Pts), back.Select(a => a.Pts));
        foreach (var au in back)
        {
            AssertSameNalUnits(units.Single(u => u.Pts == au.Pts).NalUnits, au.NalUnits);
        }

        Assert.Equal(8, d.Statistics.DroppedAccessUnits);
        Assert.Equal(1, d.Statistics.LostPackets);
        Assert.Equal(0, d.Statistics.PayloadErrors); // the orphan fragments are the loss's consequence
    }

    [Fact]
    public void Depacketize_WholeAccessUnitLost_DropsUntilNextIdr()
    {
        var units = Gop(seed: 8, count: 20, gop: 10, nalSize: 200);
        var packets = Packetize(new H264Packetizer(options: new RtpPacketizerOptions { InsertParameterSets = false }), units);
        var d = new H264Depacketizer();

        // access unit 3 is one packet: the unit after the gap may miss its head, and refers to 3 anyway
        var back = Depacketize(d, packets, i => i == 3);

        Assert.Equal(new[] { 0, 1, 2 }.Concat(Enumerable.Range(10, 10)).Select(i => units[i].Pts), back.Select(a => a.Pts));
        Assert.Equal(6, d.Statistics.DroppedAccessUnits); // 4 (after the gap) and 5..9 (waiting for the IDR)
        Assert.Equal(1, d.Statistics.LostPackets);
    }

    [Fact]
    public void Depacketize_LossOfIdrPacket_WaitsForNextIdr()
    {
        var units = Gop(seed: 9, count: 25, gop: 10, nalSize: 5000);
        var packets = Packetize(new H264Packetizer(options: new RtpPacketizerOptions { InsertParameterSets = false }), units);
        var d = new H264Depacketizer();

        var back = Depacketize(d, packets, i => i == PacketIndexOf(packets, units, 10));

        Assert.Equal(Enumerable.Range(0, 10).Concat(Enumerable.Range(20, 5)).Select(i => units[i].Pts), back.Select(a => a.Pts));
        Assert.True(back[10].IsKeyframe);
    }

    [Fact]
    public void Depacketize_StreamStartsWithPFrames_DroppedUntilFirstIdr()
    {
        var units = Gop(seed: 10, count: 15, gop: 10, nalSize: 100).Skip(3).ToList();
        var d = new H264Depacketizer();

        var back = Depacketize(d, Packetize(new H264Packetizer(), units));

        Assert.Equal(units.Skip(7).Select(u => u.Pts), back.Select(a => a.Pts));
        Assert.Equal(7, d.Statistics.DroppedAccessUnits);
    }

    [Fact]
    public void Depacketize_MarkerlessCamera_SplitsOnTimestampChange()
    {
        var units = Gop(seed: 11, count: 12, gop: 6, nalSize: 2500);
        var packets = Packetize(new H264Packetizer(), units);
        foreach (var p in packets)
        {
            p[1] &= 0x7F; // this camera never sets the marker bit
        }

        var d = new H264Depacketizer();
        var output = new List<AccessUnit>();
        for (var i = 0; i < packets.Count; i++)
        {
            Assert.True(RtpPacket.TryParse(packets[i], out var packet));
            d.Push(packet, 0, T0, output);
        }

        Assert.Equal(11, output.Count); // the last one waits for the next timestamp...
        d.Flush(output);
        Assert.Equal(12, output.Count); // ...or the end of the stream
        for (var i = 0; i < units.Count; i++)
        {
            AssertSameNalUnits(units[i].NalUnits, output[i].NalUnits);
        }
    }

    [Fact]
    public void Depacketize_TimestampChangeInsideFragment_FragmentInterrupted()
    {
        var d = new H264Depacketizer();

        var back = Depacketize(d, [Packet(false, 1, 0, 0x7C, 0x85, 1, 2), Packet(true, 2, 3000, 0x65, 9)]);

        Assert.Equal(1, d.GetErrorCount(RtpPayloadError.FragmentInterrupted));
        var au = Assert.Single(back);
        Assert.Equal(3000, au.Pts);
        Assert.Equal(new byte[] { 0x65, 9 }, au.NalUnits[0].ToArray());
    }

    [Fact]
    public void Depacketize_FragmentWithoutStart_Counted()
    {
        var d = new H264Depacketizer();

        var back = Depacketize(d, [Packet(false, 1, 0, 0x7C, 0x05, 1, 2), Packet(true, 2, 0, 0x7C, 0x45, 3)]);

        Assert.Empty(back);
        Assert.Equal(1, d.GetErrorCount(RtpPayloadError.FragmentWithoutStart));
    }

    [Fact]
    public void Depacketize_ParameterSetsWithOwnTimestamp_CarriedIntoNextPicture()
    {
        var d = new H264Depacketizer();

        var back = Depacketize(d, [Packet(true, 1, 1000, Sps), Packet(true, 2, 1000, Pps), Packet(true, 3, 4000, 0x65, 7)]);

        var au = Assert.Single(back);
        AssertSameNalUnits([Sps, Pps, new byte[] { 0x65, 7 }], au.NalUnits);
        Assert.Equal(0, d.Statistics.DroppedAccessUnits);
    }

    [Fact]
    public void Depacketize_OversizedAccessUnit_DroppedWithTypedError()
    {
        var d = new H264Depacketizer(maxAccessUnitSize: 1000);
        var random = new Random(1);

        var back = Depacketize(d, Packetize(new H264Packetizer(), [new AccessUnit(CodecId.H264, [Nal(random, 5000, 0x65)], 0, 0, true)]));

        Assert.Empty(back);
        Assert.Equal(1, d.GetErrorCount(RtpPayloadError.AccessUnitTooLarge));
    }

    [Fact]
    public void Depacketize_WallClock_ArrivalThenSenderReport()
    {
        var mapper = new WallClockMapper(90_000);
        var d = new H264Depacketizer(mapper);
        var output = new List<AccessUnit>();
        Assert.True(RtpPacket.TryParse(Packet(true, 1, 90_000, 0x65, 1), out var first));
        d.Push(first, 0, T0, output);

        var capture = new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
        mapper.OnSenderReport(new RtcpSenderReport(1, NtpTimestamp.FromDateTime(capture), 90_000, 1, 2, []), T0);
        Assert.True(RtpPacket.TryParse(Packet(true, 2, 180_000, 0x41, 1), out var second));
        d.Push(second, 0, T0.AddSeconds(1), output);

        Assert.Equal((T0, WallClockSource.ArrivalTime), (output[0].WallClock, output[0].WallClockSource));
        Assert.Equal((capture.AddSeconds(1), WallClockSource.SenderReport), (output[1].WallClock, output[1].WallClockSource));
    }

    [Theory]
    [InlineData(61)]
    [InlineData(62)]
    public void Push_SeededGarbagePayloads_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var d = new H264Depacketizer(maxAccessUnitSize: 100_000);
        var output = new List<AccessUnit>();
        for (var i = 0; i < 20_000; i++)
        {
            var payload = new byte[random.Next(0, 60)];
            random.NextBytes(payload);
            if (payload.Length > 0 && random.Next(2) == 0)
            {
                payload[0] = (byte)((payload[0] & 0x60) | (random.Next(3) switch { 0 => 24, 1 => 28, _ => 5 }));
            }

            var packet = Packet(random.Next(4) == 0, (ushort)i, (uint)(i / 5 * 3000), payload);
            Assert.True(RtpPacket.TryParse(packet, out var p));
            d.Push(p, random.Next(20) == 0 ? 1 : 0, T0, output);
        }

        Assert.All(output, au => Assert.All(au.NalUnits, n => Assert.False(n.IsEmpty)));
        var s = d.Statistics;
        Assert.True(s.PayloadErrors > 0);
        Assert.Equal(20_000, s.Packets);
    }

    [Fact]
    public void Packetize_ModeZeroOversizedNal_Throws()
    {
        var random = new Random(2);
        var packetizer = new H264Packetizer(options: new RtpPacketizerOptions { PacketizationMode = 0 });
        var small = new AccessUnit(CodecId.H264, [Nal(random, 1000, 0x65)], 0, 0, true);
        var large = new AccessUnit(CodecId.H264, [Nal(random, 1401, 0x65)], 0, 0, true);

        Assert.Single(Packetize(packetizer, [small]));
        packetizer.Begin(large);
        Assert.Throws<RtpPacketizationException>(() => packetizer.TryWriteNext(new byte[1400], out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new H264Packetizer(options: new RtpPacketizerOptions { PacketizationMode = 2 }));
    }

    internal static List<AccessUnit> Gop(int seed, int count, int gop, int nalSize)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var key = i % gop == 0;
            return new AccessUnit(CodecId.H264, [Nal(random, nalSize + random.Next(50), key ? (byte)0x65 : (byte)0x41)], 90_000 + (i * 3000L), 0, key);
        }).ToList();
    }

    internal static int PacketIndexOf(List<byte[]> packets, List<AccessUnit> units, int accessUnit)
    {
        var ts = (uint)units[accessUnit].Pts;
        return packets.FindIndex(p => RtpPacket.TryParse(p, out var r) && r.Timestamp == ts);
    }
}
