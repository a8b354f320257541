using System.Buffers;
using System.Buffers.Binary;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Rtcp;
using Vms.Rtsp.Rtp;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Rtp;

public class OnvifReplayExtensionTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 7, 1, 8, 0, 5, 250, TimeSpan.Zero);

    [Fact]
    public void InsertInto_PacketWithoutExtension_WritesTheSpecLayoutAfterTheFixedHeader()
    {
        var packet = Packet(payload: [0x65, 1, 2, 3]);
        var extension = new OnvifReplayExtension(NtpTimestamp.FromDateTime(Recorded), CleanPoint: true, EndOfSection: false, Discontinuity: true, Terminal: false, CSeq: 0x2A);
        var output = new byte[packet.Length + OnvifReplayExtension.WireLength];

        Assert.Equal(output.Length, extension.InsertInto(packet, output));

        // V=2, X=1, CC=0; the rest of the fixed header unchanged
        Assert.Equal(0x90, output[0]);
        Assert.Equal(packet.AsSpan(1, 11).ToArray(), output.AsSpan(1, 11).ToArray());
        // "defined by profile" 0xABAC, length 3 words
        Assert.Equal([0xAB, 0xAC, 0x00, 0x03], output.AsSpan(12, 4).ToArray());
        // NTP seconds since 1900 and the fraction of 250 ms
        Assert.Equal((uint)(Recorded.ToUnixTimeSeconds() + 2_208_988_800L), BinaryPrimitives.ReadUInt32BigEndian(output.AsSpan(16)));
        Assert.Equal(0x4000_0000u, BinaryPrimitives.ReadUInt32BigEndian(output.AsSpan(20)));
        // C=bit 7, E=bit 6, D=bit 5, T=bit 4, 4 mbz bits; CSeq; 2 bytes of padding
        Assert.Equal(0b1010_0000, output[24]);
        Assert.Equal(0x2A, output[25]);
        Assert.Equal([0, 0], output.AsSpan(26, 2).ToArray());
        Assert.Equal([0x65, 1, 2, 3], output.AsSpan(28).ToArray());
    }

    [Theory]
    [InlineData(true, false, false, false, 0x80)]
    [InlineData(false, true, false, false, 0x40)]
    [InlineData(false, false, true, false, 0x20)]
    [InlineData(false, false, false, true, 0x10)]
    [InlineData(true, true, true, true, 0xF0)]
    public void Write_EachFlag_SetsItsBitOnly(bool c, bool e, bool d, bool t, byte expected)
    {
        var bytes = new byte[OnvifReplayExtension.WireLength];
        new OnvifReplayExtension(default, c, e, d, t, 0).Write(bytes);
        Assert.Equal(expected, bytes[12]);
        Assert.True(OnvifReplayExtension.TryRead(OnvifReplayExtension.Profile, bytes.AsSpan(4), out var read));
        Assert.Equal((c, e, d, t), (read.CleanPoint, read.EndOfSection, read.Discontinuity, read.Terminal));
    }

    [Fact]
    public void InsertThenParse_RoundTrip_KeepsHeaderPayloadAndExtension()
    {
        var packet = Packet(payload: [.. Enumerable.Range(0, 300).Select(i => (byte)i)], marker: true);
        var extension = new OnvifReplayExtension(OnvifReplayExtension.TimeOf(Recorded), false, true, false, true, 0xFF);
        var output = new byte[packet.Length + OnvifReplayExtension.WireLength];
        extension.InsertInto(packet, output);

        Assert.True(RtpPacket.TryParse(output, out var parsed));
        Assert.True(RtpPacket.TryParse(packet, out var original));
        Assert.Equal(original.Header, parsed.Header);
        Assert.Equal(original.Payload.ToArray(), parsed.Payload.ToArray());
        Assert.True(OnvifReplayExtension.TryRead(parsed, out var read));
        Assert.Equal(extension, read);
        Assert.Equal(Recorded, read.Time);
    }

    [Fact]
    public void TimeOf_UnknownTime_IsAllOnesAndReadsBackAsNull()
    {
        var extension = new OnvifReplayExtension(OnvifReplayExtension.TimeOf(null), false, false, false, false, 1);
        var bytes = new byte[OnvifReplayExtension.WireLength];
        extension.Write(bytes);
        Assert.All(bytes[4..12], b => Assert.Equal(0xFF, b));
        Assert.True(OnvifReplayExtension.TryRead(OnvifReplayExtension.Profile, bytes.AsSpan(4), out var read));
        Assert.Null(read.Time);
    }

    [Fact]
    public void TryRead_OtherProfileShortOrMissingExtension_ReturnsFalse()
    {
        var data = new byte[12];
        Assert.False(OnvifReplayExtension.TryRead(0xBEDE, data, out _));
        Assert.False(OnvifReplayExtension.TryRead(OnvifReplayExtension.Profile, data.AsSpan(0, 8), out _));
        Assert.True(RtpPacket.TryParse(Packet([1, 2]), out var plain));
        Assert.False(OnvifReplayExtension.TryRead(plain, out _));
    }

    [Fact]
    public void TryRead_LongerExtension_ReadsTheReplayWordsAndIgnoresTheJpegOnesAfter()
    {
        var data = new byte[20];
        var words = new byte[16];
        new OnvifReplayExtension(OnvifReplayExtension.TimeOf(Recorded), true, false, false, false, 9).Write(words);
        words.AsSpan(4).CopyTo(data);
        data[12] = 0xFF;
        data[13] = 0xD8;
        Assert.True(OnvifReplayExtension.TryRead(OnvifReplayExtension.Profile, data, out var read));
        Assert.Equal(Recorded, read.Time);
        Assert.Equal(9, read.CSeq);
    }

    [Fact]
    public void InsertInto_PacketWithExtensionOrNotRtpOrSmallDestination_Throws()
    {
        var packet = Packet([1]);
        var extension = new OnvifReplayExtension(default, false, false, false, false, 0);
        var output = new byte[packet.Length + OnvifReplayExtension.WireLength];
        extension.InsertInto(packet, output);
        Assert.Throws<ArgumentException>(() => extension.InsertInto(output, new byte[200]));
        Assert.Throws<ArgumentException>(() => extension.InsertInto(new byte[5], new byte[200]));
        Assert.Throws<ArgumentException>(() => extension.InsertInto(packet, new byte[packet.Length]));
    }

    [Fact]
    public void InterleavedReplayPackets_SplitAtEveryByte_ParseToTheSameExtensions()
    {
        var stream = new ArrayBufferWriter<byte>();
        var expected = new List<OnvifReplayExtension>();
        for (var i = 0; i < 3; i++)
        {
            var extension = new OnvifReplayExtension(OnvifReplayExtension.TimeOf(Recorded.AddSeconds(i)), i == 0, i == 2, i == 1, false, (byte)(200 + i));
            var packet = Packet([0x41, (byte)i, 7, 7, 7]);
            var output = new byte[packet.Length + OnvifReplayExtension.WireLength];
            extension.InsertInto(packet, output);
            InterleavedFrame.Write(stream, 0, output);
            expected.Add(extension);
        }

        var data = stream.WrittenMemory;
        foreach (var split in SegmentedSequence.EveryTwoWaySplit(data).Append(SegmentedSequence.OneBytePerSegment(data)))
        {
            var read = new List<OnvifReplayExtension>();
            var buffer = split;
            for (var guard = 0; guard < 10 && RtspFrameParser.Default.TryParse(buffer, out var consumed, out _, out var frame) == RtspParseStatus.Complete; guard++)
            {
                Assert.True(RtpPacket.TryParse(frame.Interleaved.Payload.ToArray(), out var rtp));
                Assert.True(OnvifReplayExtension.TryRead(rtp, out var extension));
                read.Add(extension);
                buffer = buffer.Slice(consumed);
            }

            Assert.Equal(expected, read);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryRead_GarbageAndTruncatedPackets_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var good = new byte[Packet([1, 2, 3]).Length + OnvifReplayExtension.WireLength];
        new OnvifReplayExtension(OnvifReplayExtension.TimeOf(Recorded), true, false, false, false, 3).InsertInto(Packet([1, 2, 3]), good);
        for (var length = 0; length < good.Length; length++)
        {
            // a truncated packet is refused by the RTP parser or read without the cut words, never past its end
            if (RtpPacket.TryParse(good.AsMemory(0, length), out var cut))
            {
                _ = OnvifReplayExtension.TryRead(cut, out _);
            }
        }

        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            if (bytes.Length > 0 && random.Next(2) == 0)
            {
                bytes[0] = (byte)((bytes[0] & 0x2F) | 0x90); // version 2 with the extension bit, to reach the reader often
            }

            if (bytes.Length > 13 && random.Next(2) == 0)
            {
                bytes[12] = 0xAB;
                bytes[13] = 0xAC;
            }

            if (RtpPacket.TryParse(bytes, out var packet) && OnvifReplayExtension.TryRead(packet, out var extension))
            {
                Assert.Equal(OnvifReplayExtension.Profile, packet.ExtensionProfile);
                Assert.True(packet.ExtensionData.Length >= OnvifReplayExtension.DataLength);
                Assert.Equal(packet.ExtensionData.Span[9], extension.CSeq);
            }
        }
    }

    private static byte[] Packet(byte[] payload, bool marker = false)
    {
        var packet = new byte[RtpHeader.FixedLength + payload.Length];
        new RtpHeader(marker, 96, 4242, 0x01020304, 0xCAFEBABE).Write(packet);
        payload.CopyTo(packet, RtpHeader.FixedLength);
        return packet;
    }
}
