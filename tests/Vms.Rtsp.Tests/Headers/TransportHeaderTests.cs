using Vms.Rtsp.Headers;

namespace Vms.Rtsp.Tests.Headers;

public class TransportHeaderTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 50)];

    [Fact]
    public void TryParse_TcpInterleaved_ReadsChannels()
    {
        Assert.True(TransportHeader.TryParse("RTP/AVP/TCP;unicast;interleaved=0-1", out var header));

        var spec = Assert.Single(header.Specs);
        Assert.Equal("RTP/AVP", spec.Profile);
        Assert.True(spec.IsTcp);
        Assert.False(spec.IsMulticast);
        Assert.Equal(new PortRange(0, 1), spec.Interleaved);
    }

    [Fact]
    public void TryParse_UdpServerAnswer_ReadsPortsSsrcAndMode()
    {
        const string text = "RTP/AVP;unicast;client_port=50000-50001;server_port=6970-6971;ssrc=0A1B2C3D;mode=\"PLAY\"";

        Assert.True(TransportHeader.TryParse(text, out var header));

        var spec = header.Specs[0];
        Assert.Null(spec.LowerTransport);
        Assert.False(spec.IsTcp);
        Assert.Equal(PortRange.Pair(50000), spec.ClientPort);
        Assert.Equal(new PortRange(6970, 6971), spec.ServerPort);
        Assert.Equal(0x0A1B2C3Du, spec.Ssrc);
        Assert.Equal("PLAY", spec.Mode);
        Assert.Equal("RTP/AVP;unicast;client_port=50000-50001;server_port=6970-6971;ssrc=0A1B2C3D;mode=PLAY", header.Format());
    }

    [Fact]
    public void TryParse_SeveralSpecsAnyCaseWithSpaces_KeptInOrder()
    {
        const string text = "rtp/avp/udp; Unicast ; CLIENT_PORT = 4588-4589 , RTP/AVP;multicast;destination=239.1.2.3;port=5000-5001;ttl=16";

        Assert.True(TransportHeader.TryParse(text, out var header));

        Assert.Equal(2, header.Specs.Count);
        Assert.Equal(TransportLowerProtocol.Udp, header.Specs[0].LowerTransport);
        Assert.Equal(new PortRange(4588, 4589), header.Specs[0].ClientPort);
        Assert.True(header.Specs[1].IsMulticast);
        Assert.Equal("239.1.2.3", header.Specs[1].Destination);
        Assert.Equal(16, header.Specs[1].Ttl);
        Assert.Equal(PortRange.Pair(5000), header.Specs[1].Port);
    }

    [Fact]
    public void TryParse_UnknownParameters_KeptAsExtensions()
    {
        Assert.True(TransportHeader.TryParse("RTP/AVP;unicast;x-dynamic-rate=1;RTCP-mux;source=10.0.0.2", out var header));

        var spec = header.Specs[0];
        Assert.Equal("10.0.0.2", spec.Source);
        Assert.Equal([new("x-dynamic-rate", "1"), new KeyValuePair<string, string?>("RTCP-mux", null)], spec.Extensions);
        Assert.Equal("RTP/AVP;unicast;source=10.0.0.2;x-dynamic-rate=1;RTCP-mux", header.Format());
    }

    [Fact]
    public void TryParse_UnknownLowerTransport_SkipsThatSpec()
    {
        Assert.True(TransportHeader.TryParse("RTP/AVP/SCTP;unicast, RTP/AVP/TCP;interleaved=2-3", out var header));

        Assert.Equal(new PortRange(2, 3), Assert.Single(header.Specs).Interleaved);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RTP")]
    [InlineData("RTP/AVP/SCTP")]
    [InlineData("a/b/c/d;unicast")]
    [InlineData("RTP AVP;unicast")]
    public void TryParse_Invalid_False(string text) => Assert.False(TransportHeader.TryParse(text, out _));

    [Fact]
    public void TryParse_OutOfRangeValues_KeptAsExtensionsNotApplied()
    {
        Assert.True(TransportHeader.TryParse("RTP/AVP/TCP;interleaved=300-301;client_port=70000;ssrc=XYZ", out var header));

        var spec = header.Specs[0];
        Assert.Null(spec.Interleaved);
        Assert.Null(spec.ClientPort);
        Assert.Null(spec.Ssrc);
        Assert.Equal(3, spec.Extensions.Count);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FormatThenParse_RandomHeader_IsIdentity(int seed)
    {
        var random = new Random(seed);
        var header = new TransportHeader([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomSpec(random))]);

        Assert.True(TransportHeader.TryParse(header.Format(), out var parsed), header.Format());

        Assert.Equal(header, parsed);
        Assert.Equal(header.Format(), parsed.Format());
    }

    private static TransportSpec RandomSpec(Random r)
    {
        PortRange? Range(int max) => r.Next(3) switch
        {
            0 => null,
            1 => new PortRange(r.Next(max + 1)),
            _ => new PortRange(r.Next(max + 1), r.Next(max + 1)),
        };

        T? Maybe<T>(T value)
            where T : class => r.Next(2) == 0 ? null : value;

        return new TransportSpec
        {
            Profile = new[] { "RTP/AVP", "RTP/AVPF", "RTP/SAVP" }[r.Next(3)],
            LowerTransport = r.Next(3) switch { 0 => null, 1 => TransportLowerProtocol.Udp, _ => TransportLowerProtocol.Tcp },
            IsMulticast = r.Next(3) switch { 0 => null, 1 => true, _ => false },
            Destination = Maybe($"10.{r.Next(256)}.{r.Next(256)}.{r.Next(256)}"),
            Source = Maybe($"192.168.{r.Next(256)}.{r.Next(256)}"),
            Interleaved = Range(255),
            Append = r.Next(2) == 0,
            Ttl = r.Next(2) == 0 ? null : r.Next(256),
            Layers = r.Next(4) == 0 ? r.Next(1, 8) : null,
            Port = Range(65535),
            ClientPort = Range(65535),
            ServerPort = Range(65535),
            Ssrc = r.Next(2) == 0 ? null : (uint)r.NextInt64(0, uint.MaxValue + 1L),
            Mode = Maybe(r.Next(2) == 0 ? "PLAY" : "RECORD"),
            Extensions = r.Next(3) == 0 ? [new("x-ext" + r.Next(9), r.Next(2) == 0 ? null : "v" + r.Next(100))] : [],
        };
    }
}
