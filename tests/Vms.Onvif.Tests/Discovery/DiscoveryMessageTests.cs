using System.Text;
using System.Xml.Linq;
using Vms.Onvif.Discovery;
using Vms.Onvif.Soap;
using Vms.Onvif.Tests.Soap;

namespace Vms.Onvif.Tests.Discovery;

public sealed class DiscoveryMessageTests
{
    private static readonly DiscoveryEndpoint Camera = new(
        "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        [DiscoveryConstants.NetworkVideoTransmitter, DiscoveryConstants.Device],
        ["onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/name/SimCam%2001", "onvif://www.onvif.org/location/country/fr"],
        ["http://192.168.1.50/onvif/device_service", "http://[fe80::1%25eth0]:8080/onvif/device_service"],
        3);

    private static byte[] Wrap(string sample, string headers) => Encoding.UTF8.GetBytes(
        $"<s:Envelope xmlns:s=\"{EnvelopeSamples.Soap12}\" xmlns:w=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\"><s:Header>{headers}</s:Header>" +
        $"<s:Body>{EnvelopeSamples.Body(sample)}</s:Body></s:Envelope>");

    [Fact]
    public void Read_Sample01Probe_ReturnsTypesAsQNames()
    {
        var message = DiscoveryMessageReader.Read(Wrap("01_probe.xml", "<w:MessageID>urn:uuid:6f0c</w:MessageID>"));

        var probe = Assert.IsType<ProbeMessage>(message);
        Assert.Equal("urn:uuid:6f0c", probe.MessageId);
        Assert.Equal([DiscoveryConstants.NetworkVideoTransmitter], probe.Types);
        Assert.Empty(probe.Scopes);
    }

    [Fact]
    public void Read_Sample02ProbeMatches_ReturnsTheEndpoint()
    {
        var message = DiscoveryMessageReader.Read(Wrap(
            "02_probematches.xml",
            "<w:RelatesTo>urn:uuid:6f0c</w:RelatesTo><d:AppSequence xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" InstanceId=\"1719830000\" MessageNumber=\"42\"/>"));

        var matches = Assert.IsType<ProbeMatchesMessage>(message);
        var match = Assert.Single(matches.Matches);
        Assert.Equal("urn:uuid:6f0c", matches.RelatesTo);
        Assert.Equal(new AppSequence(1719830000, 42), matches.AppSequence);
        Assert.Equal("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", match.EndpointAddress);
        Assert.Equal([DiscoveryConstants.NetworkVideoTransmitter, DiscoveryConstants.Device], match.Types);
        Assert.Equal(["onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/name/SimCam-01"], match.Scopes);
        Assert.Equal(["http://192.168.1.50/onvif/device_service"], match.XAddrs);
        Assert.Equal(1u, match.MetadataVersion);
    }

    [Fact]
    public void Write_Probe_HasTheDigestShapeInAddressing200408Only()
    {
        var bytes = DiscoveryMessageWriter.Write(new ProbeMessage("urn:uuid:1", [DiscoveryConstants.NetworkVideoTransmitter], []));
        var text = Encoding.UTF8.GetString(bytes);
        var envelope = SoapEnvelopeReader.Read(bytes);
        var a = OnvifNamespaces.DiscoveryAddressing;

        Assert.DoesNotContain("http://www.w3.org/2005/08/addressing", text, StringComparison.Ordinal);
        Assert.Equal(DiscoveryConstants.ProbeAction, envelope.Header(a + "Action")!.Value);
        Assert.Equal("1", (string?)envelope.Header(a + "Action")!.Attribute(OnvifNamespaces.Soap12 + "mustUnderstand"));
        Assert.Equal(DiscoveryConstants.MulticastTo, envelope.Header(a + "To")!.Value);
        Assert.Equal(DiscoveryConstants.Anonymous, envelope.Header(a + "ReplyTo")!.Element(a + "Address")!.Value);
        Assert.Contains("<d:Types>dn:NetworkVideoTransmitter</d:Types>", text, StringComparison.Ordinal);
        Assert.True(bytes.Length < 1400, $"probe is {bytes.Length} bytes");
    }

    public static TheoryData<DiscoveryMessage> Messages() => new()
    {
        new ProbeMessage("urn:uuid:p", [DiscoveryConstants.NetworkVideoTransmitter, XName.Get("Thing", "urn:vendor")], ["onvif://www.onvif.org/location/country"], DiscoveryConstants.MatchByRfc3986),
        new ProbeMessage("urn:uuid:empty", [], []),
        new ProbeMatchesMessage("urn:uuid:m", "urn:uuid:p", new AppSequence(7, 9), [Camera, Camera with { EndpointAddress = "urn:uuid:other", MetadataVersion = 1 }]),
        new HelloMessage("urn:uuid:h", new AppSequence(7, 10, "urn:uuid:seq"), Camera),
        new ByeMessage("urn:uuid:b", new AppSequence(7, 11), Camera.EndpointAddress),
        new ResolveMessage("urn:uuid:r", Camera.EndpointAddress),
        new ResolveMatchesMessage("urn:uuid:rm", "urn:uuid:r", new AppSequence(7, 12), Camera),
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void RoundTrip_EveryMessage_IsIdentity(DiscoveryMessage message)
    {
        var parsed = DiscoveryMessageReader.Read(DiscoveryMessageWriter.Write(message));

        Assert.Equal(Describe(message), Describe(parsed));
    }

    [Fact]
    public void RoundTrip_MatchingRuleNotSupportedFault_KeepsCodeAndRelatesTo()
    {
        var parsed = Assert.IsType<DiscoveryFaultMessage>(DiscoveryMessageReader.Read(DiscoveryMessageWriter.Write(DiscoveryMessageWriter.MatchingRuleNotSupported("urn:uuid:p"))));

        Assert.Equal("urn:uuid:p", parsed.RelatesTo);
        Assert.Equal(SoapFaultCode.Sender, parsed.Fault.Code);
        Assert.Equal([DiscoveryConstants.MatchingRuleNotSupported], parsed.Fault.Subcodes);
    }

    [Fact]
    public void Read_TruncatedAtEveryPosition_ThrowsOnlyDiscoveryFormatException()
    {
        var bytes = DiscoveryMessageWriter.Write(new HelloMessage("urn:uuid:h", new AppSequence(1, 2), Camera));
        for (var i = 0; i < bytes.Length; i++)
        {
            Assert.Throws<DiscoveryFormatException>(() => DiscoveryMessageReader.Read(bytes.AsMemory(0, i)));
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Read_SeededMutationsOfEveryMessage_ThrowOnlyDiscoveryFormatException(int seed)
    {
        var random = new Random(seed);
        var corpus = ((IEnumerable<object[]>)Messages()).Select(row => DiscoveryMessageWriter.Write((DiscoveryMessage)row[0])).ToArray();
        for (var i = 0; i < 500; i++)
        {
            var input = (byte[])corpus[random.Next(corpus.Length)].Clone();
            for (var m = random.Next(1, 5); m > 0; m--)
            {
                input[random.Next(input.Length)] = (byte)"<>/:\"= x0\u00ff"[random.Next(10)];
            }

            try
            {
                _ = DiscoveryMessageReader.Read(input);
            }
            catch (DiscoveryFormatException)
            {
            }
        }
    }

    [Fact]
    public void Read_NonDiscoveryBody_IsRefused()
    {
        var bytes = SoapEnvelopeWriter.Write(SoapVersion.Soap12, new XElement(OnvifNamespaces.Device + "GetScopes"));

        Assert.Throws<DiscoveryFormatException>(() => DiscoveryMessageReader.Read(bytes));
    }

    private static string Describe(DiscoveryMessage m) => m switch
    {
        ProbeMessage p => $"probe {p.MessageId} [{string.Join(",", p.Types)}] [{string.Join(",", p.Scopes)}] {p.MatchBy}",
        ProbeMatchesMessage pm => $"matches {pm.MessageId} {pm.RelatesTo} {pm.AppSequence} {string.Join(";", pm.Matches.Select(Describe))}",
        HelloMessage h => $"hello {h.MessageId} {h.AppSequence} {Describe(h.Endpoint)}",
        ByeMessage b => $"bye {b.MessageId} {b.AppSequence} {b.EndpointAddress}",
        ResolveMessage r => $"resolve {r.MessageId} {r.EndpointAddress}",
        ResolveMatchesMessage rm => $"resolvematches {rm.MessageId} {rm.RelatesTo} {rm.AppSequence} {(rm.Match is null ? "-" : Describe(rm.Match))}",
        _ => m.ToString(),
    };

    private static string Describe(DiscoveryEndpoint e) =>
        $"{e.EndpointAddress} [{string.Join(",", e.Types)}] [{string.Join(",", e.Scopes)}] [{string.Join(",", e.XAddrs)}] v{e.MetadataVersion}";
}
