using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Payloads.G711;
using static Vms.Rtsp.Tests.Payloads.PayloadHarness;

namespace Vms.Rtsp.Tests.Payloads;

public class G711PayloadTests
{
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void PacketizeThenDepacketize_SplitsByMtuAndAdvancesTimestamp(bool aLaw, int channels)
    {
        var parameters = new G711Parameters(aLaw, 8000, channels);
        var random = new Random(1);
        var samples = Nal(random, 1000 * channels);
        var au = new AccessUnit(parameters.Codec, [samples], 16_000, 16_000, true);

        var packets = Packetize(new G711Packetizer(parameters, new RtpPacketizerOptions { MaxPayloadSize = 301 }), [au]);
        var back = Depacketize(new G711Depacketizer(parameters), packets);

        var perPacket = 301 - (301 % channels);
        Assert.Equal((samples.Length + perPacket - 1) / perPacket, packets.Count);
        Assert.Equal(samples, back.SelectMany(a => a.NalUnits[0].ToArray()).ToArray());
        Assert.Equal(back.Select((_, i) => 16_000L + (i * perPacket / channels)), back.Select(a => a.Pts));
        Assert.All(back, a => Assert.Equal(parameters.Codec, a.Codec));
    }

    [Fact]
    public void Depacketize_LossLosesOnlyThosePackets()
    {
        var parameters = new G711Parameters(false);
        var d = new G711Depacketizer(parameters);

        var back = Depacketize(d, [Packet(false, 1, 0, 1, 2), Packet(false, 2, 2, 3, 4), Packet(false, 3, 4, 5, 6), Packet(false, 4, 6, [])], i => i == 1);

        Assert.Equal([0L, 4], back.Select(a => a.Pts));
        Assert.Equal(1, d.Statistics.LostPackets);
        Assert.Equal(1, d.GetErrorCount(RtpPayloadError.Truncated));
    }

    [Fact]
    public void RtpPayloadFormats_CreateForEachCodec()
    {
        Assert.IsType<G711Depacketizer>(RtpPayloadFormats.CreateDepacketizer(new G711Parameters(true)));
        Assert.IsType<Vms.Rtsp.Payloads.H265.H265Packetizer>(RtpPayloadFormats.CreatePacketizer(new H265Parameters([], [], [])));
        Assert.IsType<Vms.Rtsp.Payloads.Aac.AacDepacketizer>(RtpPayloadFormats.CreateDepacketizer(new AacParameters([0x12, 0x10], 44_100, 2)));
        Assert.False(RtpPayloadFormats.IsSupported(CodecId.OnvifMetadata));
    }
}
