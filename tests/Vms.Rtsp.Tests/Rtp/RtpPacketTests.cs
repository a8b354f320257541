using Vms.Rtsp.Rtp;

namespace Vms.Rtsp.Tests.Rtp;

public class RtpPacketTests
{
    [Fact]
    public void TryParse_MinimalPacket_ReadsHeaderAndPayload()
    {
        byte[] data = [0x80, 0xE0, 0x12, 0x34, 0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x02, 0x03, 0x04, 0xAA, 0xBB];

        Assert.True(RtpPacket.TryParse(data, out var p, out var error));

        Assert.Equal(RtpParseError.None, error);
        Assert.True(p.Marker);
        Assert.Equal(96, p.PayloadType);
        Assert.Equal(0x1234, p.SequenceNumber);
        Assert.Equal(0xDEADBEEFu, p.Timestamp);
        Assert.Equal(0x01020304u, p.Ssrc);
        Assert.Equal(new byte[] { 0xAA, 0xBB }, p.Payload.ToArray());
        Assert.Equal(0, p.CsrcCount);
        Assert.False(p.HasExtension);
    }

    [Fact]
    public void Write_WithCsrcExtensionPadding_ParsesBack()
    {
        var header = new RtpHeader(true, 97, 65535, 123456, 0xCAFEBABE);
        uint[] csrcs = [1, 2, 3];
        byte[] extension = [9, 8, 7, 6, 5, 4, 3, 2];
        byte[] payload = [10, 20, 30, 40, 50];
        var length = RtpPacketWriter.GetLength(payload.Length, csrcs.Length, extension.Length, 7);
        var buffer = new byte[length + 10];

        var written = RtpPacketWriter.Write(buffer, header, payload, csrcs, 0xBEDE, extension, 7);

        Assert.Equal(length, written);
        Assert.True(RtpPacket.TryParse(buffer.AsMemory(0, written), out var p));
        Assert.Equal(header, p.Header);
        Assert.Equal(3, p.CsrcCount);
        Assert.Equal(new uint[] { 1, 2, 3 }, Enumerable.Range(0, 3).Select(p.GetCsrc).ToArray());
        Assert.True(p.HasExtension);
        Assert.Equal(0xBEDE, p.ExtensionProfile);
        Assert.Equal(extension, p.ExtensionData.ToArray());
        Assert.Equal(7, p.PaddingLength);
        Assert.Equal(payload, p.Payload.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => p.GetCsrc(3));
    }

    [Fact]
    public void Write_FixedHeader_ParsesBackFromSpan()
    {
        var header = new RtpHeader(false, 0, 7, uint.MaxValue, 42);
        Span<byte> buffer = stackalloc byte[64];

        var n = RtpPacketWriter.Write(buffer, header, [1, 2, 3]);

        Assert.True(RtpPacket.TryParse(buffer[..n], out var parsed, out var payload, out _));
        Assert.Equal(header, parsed);
        Assert.Equal(new byte[] { 1, 2, 3 }, buffer[..n][payload].ToArray());
    }

    [Fact]
    public void Write_EmptyExtension_WritesZeroLengthExtension()
    {
        var buffer = new byte[32];
        var n = RtpPacketWriter.Write(buffer, new RtpHeader(false, 8, 1, 2, 3), [5], [], 0x1000, [], 0);

        Assert.True(RtpPacket.TryParse(buffer.AsMemory(0, n), out var p));
        Assert.True(p.HasExtension);
        Assert.Equal(0x1000, p.ExtensionProfile);
        Assert.True(p.ExtensionData.IsEmpty);
        Assert.Equal(new byte[] { 5 }, p.Payload.ToArray());
    }

    [Theory]
    [InlineData("80E0000100000002000000", RtpParseError.TooShort)]
    [InlineData("40E000010000000200000003", RtpParseError.UnsupportedVersion)]
    [InlineData("82E00001000000020000000300000004", RtpParseError.CsrcListTruncated)]
    [InlineData("90E00001000000020000000300", RtpParseError.ExtensionTruncated)]
    [InlineData("90E000010000000200000003BEDE0001", RtpParseError.ExtensionTruncated)]
    [InlineData("A0E00001000000020000000300", RtpParseError.InvalidPadding)]
    [InlineData("A0E0000100000002000000030105", RtpParseError.InvalidPadding)]
    public void TryParse_Malformed_ReturnsTypedError(string hex, RtpParseError expected)
    {
        Assert.False(RtpPacket.TryParse(Convert.FromHexString(hex), out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_EveryTruncation_FailsCleanlyOrParses()
    {
        var buffer = new byte[64];
        var n = RtpPacketWriter.Write(buffer, new RtpHeader(true, 96, 1, 2, 3), [1, 2, 3, 4], [7, 8], 1, [1, 2, 3, 4], 4);
        for (var length = 0; length < n; length++)
        {
            // a shorter packet with padding reads its count from a different byte: either an error or a valid layout
            if (RtpPacket.TryParse(buffer.AsMemory(0, length), out var p))
            {
                Assert.True(p.Payload.Length + p.PaddingLength <= length);
            }
        }

        Assert.True(RtpPacket.TryParse(buffer.AsMemory(0, n), out _));
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    public void TryParse_RandomBytes_OnlyTypedErrors(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 20_000; i++)
        {
            var data = new byte[random.Next(0, 100)];
            random.NextBytes(data);
            if (random.Next(2) == 0 && data.Length > 0)
            {
                data[0] = (byte)(0x80 | (data[0] & 0x3F));
            }

            if (RtpPacket.TryParse(data, out var p, out var error))
            {
                Assert.Equal(RtpParseError.None, error);
                Assert.InRange(p.Payload.Length, 0, data.Length - 12);
            }
            else
            {
                Assert.NotEqual(RtpParseError.None, error);
            }
        }
    }

    [Fact]
    public void Write_BadArguments_Throw()
    {
        var buffer = new byte[100];
        var h = new RtpHeader(false, 96, 1, 2, 3);
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.Write(buffer.AsSpan(0, 12), h, [1]));
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.Write(buffer, h, [], [], 1, [1, 2, 3], 0));
        Assert.Throws<ArgumentException>(() => RtpPacketWriter.Write(buffer, h, [], [], null, [1, 2, 3, 4], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RtpPacketWriter.Write(buffer, h, [], [], null, [], 256));
        Assert.Throws<InvalidOperationException>(() => new RtpHeader(false, 128, 1, 2, 3).Write(buffer));
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 200 }, true)]
    [InlineData(new byte[] { 0x81, 201 }, true)]
    [InlineData(new byte[] { 0x80, 96 }, false)]
    [InlineData(new byte[] { 0x80, 0xE0 }, false)]
    public void LooksLikeRtcp_SecondByte_Decides(byte[] data, bool expected)
    {
        Assert.Equal(expected, RtpPacket.LooksLikeRtcp(data));
    }
}
