using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Tests.Rtcp;

public class RtcpCompoundPacketTests
{
    private static readonly RtcpReportBlock Block = new(0x11223344, 12, -5, 0x0001_FFFF, 321, 0xAABBCCDD, 65536 * 3);

    [Fact]
    public void WriteThenParse_AllKnownTypes_RoundTrip()
    {
        var sr = new RtcpSenderReport(7, new NtpTimestamp(0xE9B8_1234_8000_0000), 90_000, 100, 123_456, [Block, Block with { Ssrc = 9 }]);
        var rr = new RtcpReceiverReport(8, [Block]);
        var sdes = new RtcpSourceDescription(
        [
            new RtcpSdesChunk(7, [new RtcpSdesItem(RtcpSdesItemType.CanonicalName, "cam@10.0.0.5"), new RtcpSdesItem(RtcpSdesItemType.Tool, "Vms é")]),
            new RtcpSdesChunk(8, [new RtcpSdesItem(RtcpSdesItemType.CanonicalName, "abc")]),
        ]);
        var bye = new RtcpGoodbye([7, 8], "shutdown");
        var compound = new RtcpCompoundPacket([sr, rr, sdes, bye]);
        var buffer = new byte[compound.GetLength()];

        Assert.Equal(buffer.Length, compound.Write(buffer));
        Assert.Equal(0, buffer.Length % 4);
        Assert.True(RtcpCompoundPacket.TryParse(buffer, out var parsed, out var error), error.ToString());

        Assert.Equal(4, parsed.Packets.Count);
        var sr2 = Assert.IsType<RtcpSenderReport>(parsed.Packets[0]);
        Assert.Equal((sr.Ssrc, sr.NtpTimestamp, sr.RtpTimestamp, sr.PacketCount, sr.OctetCount), (sr2.Ssrc, sr2.NtpTimestamp, sr2.RtpTimestamp, sr2.PacketCount, sr2.OctetCount));
        Assert.Equal(sr.ReportBlocks, sr2.ReportBlocks);
        Assert.Same(sr2, parsed.SenderReport);
        var rr2 = Assert.IsType<RtcpReceiverReport>(parsed.Packets[1]);
        Assert.Equal(8u, rr2.Ssrc);
        Assert.Equal(Block, Assert.Single(rr2.ReportBlocks));
        var sdes2 = Assert.IsType<RtcpSourceDescription>(parsed.Packets[2]);
        Assert.Equivalent(sdes.Chunks, sdes2.Chunks, strict: true);
        Assert.Equal("cam@10.0.0.5", sdes2.Chunks[0].CanonicalName);
        var bye2 = Assert.IsType<RtcpGoodbye>(parsed.Packets[3]);
        Assert.Equal([7u, 8u], bye2.Ssrcs);
        Assert.Equal("shutdown", bye2.Reason);
    }

    [Fact]
    public void TryParse_HandMadeSenderReport_ReadsFields()
    {
        // V=2 RC=0 PT=200 length=6, SSRC, NTP 0x83AA7E80_00000000 (1970-01-01), RTP 0x01020304, 5 packets, 1000 octets
        var data = Convert.FromHexString("80C80006" + "0000ABCD" + "83AA7E8000000000" + "01020304" + "00000005" + "000003E8");

        Assert.True(RtcpCompoundPacket.TryParse(data, out var c, out _));

        var sr = c.SenderReport!;
        Assert.Equal(0xABCDu, sr.Ssrc);
        Assert.Equal(DateTimeOffset.UnixEpoch, sr.NtpTimestamp.ToDateTime());
        Assert.Equal((0x01020304u, 5u, 1000u), (sr.RtpTimestamp, sr.PacketCount, sr.OctetCount));
        Assert.Empty(sr.ReportBlocks);
    }

    [Fact]
    public void TryParse_AppAndXrAndUnknown_IgnoredButCounted()
    {
        var rr = new RtcpReceiverReport(1, []);
        var buffer = new byte[200];
        var n = rr.Write(buffer);
        // APP (204) with a name and 4 data bytes, XR (207) with one block word, unknown 199 empty
        Convert.FromHexString("81CC000200000001" + "4E414D45").CopyTo(buffer, n);
        n += 12;
        Convert.FromHexString("80CF000200000001" + "01000000").CopyTo(buffer, n);
        n += 12;
        Convert.FromHexString("80C70000").CopyTo(buffer, n);
        n += 4;

        Assert.True(RtcpCompoundPacket.TryParse(buffer.AsSpan(0, n), out var c, out _));

        Assert.Single(c.Packets);
        Assert.Equal(3, c.IgnoredPackets);
    }

    [Fact]
    public void TryParse_SdesWithoutEndItem_AcceptedLeniently()
    {
        // one chunk: SSRC, CNAME "ab" and no END byte; the packet ends exactly there
        var data = Convert.FromHexString("81CA0002" + "00000009" + "01026162");

        Assert.True(RtcpCompoundPacket.TryParse(data, out var c, out _));

        Assert.Equal("ab", Assert.IsType<RtcpSourceDescription>(c.Packets[0]).Chunks[0].CanonicalName);
    }

    [Fact]
    public void TryParse_PaddedLastPacket_StripsPadding()
    {
        // BYE with one SSRC and 4 bytes of padding (count 4 in the last byte)
        var data = Convert.FromHexString("A1CB0002" + "00000042" + "00000004");

        Assert.True(RtcpCompoundPacket.TryParse(data, out var c, out _));

        var bye = Assert.IsType<RtcpGoodbye>(c.Packets[0]);
        Assert.Equal([0x42u], bye.Ssrcs);
        Assert.Null(bye.Reason);
    }

    [Theory]
    [InlineData("", RtcpParseError.TooShort)]
    [InlineData("80C9", RtcpParseError.TooShort)]
    [InlineData("40C90001" + "00000001", RtcpParseError.UnsupportedVersion)]
    [InlineData("80C90002" + "00000001", RtcpParseError.LengthOverrun)]
    [InlineData("81C90001" + "00000001", RtcpParseError.MalformedReceiverReport)]
    [InlineData("80C80001" + "00000001", RtcpParseError.MalformedSenderReport)]
    [InlineData("81CA0001" + "00000009", RtcpParseError.None)]
    [InlineData("82CA0001" + "00000009", RtcpParseError.MalformedSourceDescription)]
    [InlineData("81CA0002" + "00000009" + "010A6162", RtcpParseError.MalformedSourceDescription)]
    [InlineData("82CB0001" + "00000001", RtcpParseError.MalformedGoodbye)]
    [InlineData("81CB0002" + "00000001" + "05616200", RtcpParseError.MalformedGoodbye)]
    [InlineData("A0C90001" + "00000000", RtcpParseError.InvalidPadding)]
    [InlineData("A0C90001" + "00000009", RtcpParseError.InvalidPadding)]
    [InlineData("80C90001" + "00000001" + "80", RtcpParseError.TooShort)]
    public void TryParse_Malformed_TypedError(string hex, RtcpParseError expected)
    {
        var ok = RtcpCompoundPacket.TryParse(Convert.FromHexString(hex), out _, out var error);

        Assert.Equal(expected == RtcpParseError.None, ok);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_TooManyPackets_Refused()
    {
        var data = new byte[(RtcpCompoundPacket.MaxPackets + 1) * 8];
        for (var i = 0; i < RtcpCompoundPacket.MaxPackets + 1; i++)
        {
            new RtcpReceiverReport((uint)i, []).Write(data.AsSpan(i * 8));
        }

        Assert.False(RtcpCompoundPacket.TryParse(data, out _, out var error));
        Assert.Equal(RtcpParseError.TooManyPackets, error);
    }

    [Fact]
    public void TryParse_EveryTruncation_TypedErrorOrPrefix()
    {
        var compound = new RtcpCompoundPacket(
        [
            new RtcpSenderReport(1, new NtpTimestamp(1UL << 63), 2, 3, 4, [Block]),
            RtcpSourceDescription.ForCanonicalName(1, "camera-1"),
            new RtcpGoodbye([1], "bye"),
        ]);
        var data = new byte[compound.GetLength()];
        compound.Write(data);

        for (var length = 0; length < data.Length; length++)
        {
            if (RtcpCompoundPacket.TryParse(data.AsSpan(0, length), out var c, out _))
            {
                Assert.True(c.Packets.Count < 3); // only whole leading packets can parse
            }
        }
    }

    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    [InlineData(53)]
    public void TryParse_SeededGarbage_OnlyTypedErrors(int seed)
    {
        var random = new Random(seed);
        var valid = new byte[new RtcpReceiverReport(5, [Block]).GetLength()];
        new RtcpReceiverReport(5, [Block]).Write(valid);
        for (var i = 0; i < 20_000; i++)
        {
            byte[] data;
            if (random.Next(2) == 0)
            {
                data = new byte[random.Next(0, 120)];
                random.NextBytes(data);
                if (data.Length > 1)
                {
                    data[0] = (byte)(0x80 | (data[0] & 0x3F));
                    data[1] = (byte)random.Next(199, 209);
                }
            }
            else
            {
                // mutate a valid packet
                data = (byte[])valid.Clone();
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            var ok = RtcpCompoundPacket.TryParse(data, out var c, out var error);
            Assert.Equal(ok, error == RtcpParseError.None);
            if (ok)
            {
                Assert.True(c.Packets.Count + c.IgnoredPackets <= RtcpCompoundPacket.MaxPackets);
            }
        }
    }
}
