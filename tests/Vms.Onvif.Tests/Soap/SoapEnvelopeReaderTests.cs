using System.Text;
using System.Xml.Linq;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Tests.Soap;

public sealed class SoapEnvelopeReaderTests
{
    private const string Mutations = "<>/:\"'=&; x\0\u00ff";

    public static TheoryData<string, int> SamplesAndStyles()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in EnvelopeSamples.Names())
        {
            for (var style = 0; style < 4; style++)
            {
                data.Add(name, style);
            }
        }

        return data;
    }

    [Fact]
    public void SharedSamples_AreAllPresent()
    {
        Assert.Equal(40, EnvelopeSamples.Names().Count());
    }

    [Theory]
    [MemberData(nameof(SamplesAndStyles))]
    public void Read_SampleInAnyEnvelopeStyle_ReturnsTheSameBody(string sample, int style)
    {
        var body = EnvelopeSamples.Body(sample);
        var expected = XElement.Parse(body);

        var envelope = SoapEnvelopeReader.Read(EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(body, style)));

        Assert.Equal(style == 3 ? SoapVersion.Soap11 : SoapVersion.Soap12, envelope.Version);
        Assert.Null(envelope.Fault);
        Assert.NotNull(envelope.Body);
        Assert.Equal(expected.Name, envelope.Body!.Name);
        Assert.Equal(EnvelopeSamples.Canonical(expected), EnvelopeSamples.Canonical(envelope.Body));
        Assert.Equal(style == 1 ? 1 : 0, envelope.Headers.Count);
    }

    [Fact]
    public void Read_QNameInTextDeclaredOnEnvelopeOnly_ResolvesThroughAncestors()
    {
        var xml = $"<e:Envelope xmlns:e=\"{EnvelopeSamples.Soap12}\" xmlns:x=\"http://www.onvif.org/ver10/network/wsdl\"><e:Body>" +
                  "<d:Probe xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"><d:Types>x:NetworkVideoTransmitter</d:Types></d:Probe></e:Body></e:Envelope>";

        var envelope = SoapEnvelopeReader.Read(EnvelopeSamples.Bytes(xml));
        var types = envelope.Body!.Elements().Single();

        Assert.Equal(OnvifNamespaces.Network + "NetworkVideoTransmitter", QualifiedNames.Resolve(types, types.Value));
    }

    [Fact]
    public void Read_HeaderBlocks_AreReturnedInOrder()
    {
        var xml = $"<s:Envelope xmlns:s=\"{EnvelopeSamples.Soap12}\"><s:Header><a xmlns=\"urn:1\"/>\n<b xmlns=\"urn:2\"/></s:Header><s:Body/></s:Envelope>";

        var envelope = SoapEnvelopeReader.Read(EnvelopeSamples.Bytes(xml));

        Assert.Equal(["{urn:1}a", "{urn:2}b"], envelope.Headers.Select(h => h.Name.ToString()));
        Assert.Null(envelope.Body);
        Assert.NotNull(envelope.Header(XName.Get("b", "urn:2")));
    }

    [Fact]
    public void Read_Utf16WithDeclaration_IsDecoded()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + EnvelopeSamples.Wrap(EnvelopeSamples.Body("03_sysdt.xml"), 0);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        var envelope = SoapEnvelopeReader.Read(bytes);

        Assert.Equal(OnvifNamespaces.Device + "GetSystemDateAndTimeResponse", envelope.Body!.Name);
    }

    [Theory]
    [InlineData("<a/>", SoapParseError.NotAnEnvelope)]
    [InlineData("<s:Envelope xmlns:s=\"urn:not-soap\"><s:Body/></s:Envelope>", SoapParseError.VersionMismatch)]
    [InlineData("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/></s:Envelope>", SoapParseError.MissingBody)]
    [InlineData("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body></s:Envelope>", SoapParseError.Malformed)]
    [InlineData("", SoapParseError.Malformed)]
    [InlineData("<html><body>404 Not Found</body></html>", SoapParseError.NotAnEnvelope)]
    [InlineData("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><u:X/></s:Body></s:Envelope>", SoapParseError.Malformed)]
    public void Read_BadInput_ThrowsTypedError(string xml, SoapParseError expected)
    {
        var ex = Assert.Throws<SoapParseException>(() => SoapEnvelopeReader.Read(EnvelopeSamples.Bytes(xml)));
        Assert.Equal(expected, ex.Error);
    }

    [Fact]
    public void Read_Dtd_IsProhibited()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>" +
                  $"<s:Envelope xmlns:s=\"{EnvelopeSamples.Soap12}\"><s:Body><x xmlns=\"urn:x\">&lol2;</x></s:Body></s:Envelope>";

        var ex = Assert.Throws<SoapParseException>(() => SoapEnvelopeReader.Read(EnvelopeSamples.Bytes(xml)));

        Assert.Equal(SoapParseError.Malformed, ex.Error);
        Assert.Contains("DTD", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_OverSizeLimit_ThrowsTooLarge()
    {
        var bytes = EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(EnvelopeSamples.Body("21_nodes.xml"), 0));

        var ex = Assert.Throws<SoapParseException>(() => SoapEnvelopeReader.Read(bytes, new SoapReaderOptions { MaxMessageBytes = bytes.Length - 1 }));

        Assert.Equal(SoapParseError.TooLarge, ex.Error);
        Assert.NotNull(SoapEnvelopeReader.Read(bytes, new SoapReaderOptions { MaxMessageBytes = bytes.Length }).Body);
    }

    [Fact]
    public async Task ReadAsync_StreamOverSizeLimit_ThrowsTooLarge()
    {
        var bytes = EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(new string(' ', 5000) + "<x xmlns=\"urn:x\"/>", 0));

        var ex = await Assert.ThrowsAsync<SoapParseException>(async () =>
            await SoapEnvelopeReader.ReadAsync(new MemoryStream(bytes), new SoapReaderOptions { MaxMessageBytes = 4096 }, CancellationToken.None));

        Assert.Equal(SoapParseError.TooLarge, ex.Error);
    }

    [Fact]
    public void Read_TooDeep_ThrowsTooDeep()
    {
        var nested = string.Concat(Enumerable.Repeat("<x xmlns=\"urn:x\">", 100)) + string.Concat(Enumerable.Repeat("</x>", 100));
        var bytes = EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(nested, 0));

        var ex = Assert.Throws<SoapParseException>(() => SoapEnvelopeReader.Read(bytes));

        Assert.Equal(SoapParseError.TooDeep, ex.Error);
    }

    [Fact]
    public async Task ReadAsync_StreamDeliveringOneByteAtATime_ParsesTheSame()
    {
        var bytes = EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(EnvelopeSamples.Body("13_tr2profiles.xml"), 1));

        var envelope = await SoapEnvelopeReader.ReadAsync(new TrickleStream(bytes), null, CancellationToken.None);

        Assert.Equal(OnvifNamespaces.Media2 + "GetProfilesResponse", envelope.Body!.Name);
    }

    [Fact]
    public void Read_TruncatedAtEveryPosition_ThrowsOnlySoapParseException()
    {
        var bytes = EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(EnvelopeSamples.Body("26_ptzconf.xml"), 1).TrimEnd());
        for (var i = 0; i < bytes.Length; i++)
        {
            var cut = bytes.AsMemory(0, i);
            try
            {
                SoapEnvelopeReader.Read(cut);
                Assert.Fail($"a document truncated at {i} of {bytes.Length} was accepted");
            }
            catch (SoapParseException)
            {
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_SeededGarbageAndMutations_ThrowOnlySoapParseException(int seed)
    {
        var random = new Random(seed);
        var corpus = EnvelopeSamples.Names().Select(n => EnvelopeSamples.Bytes(EnvelopeSamples.Wrap(EnvelopeSamples.Body(n), n.Length % 4))).ToArray();
        for (var iteration = 0; iteration < 400; iteration++)
        {
            byte[] input;
            if (iteration % 4 == 0)
            {
                input = new byte[random.Next(0, 300)];
                random.NextBytes(input);
            }
            else
            {
                input = (byte[])corpus[random.Next(corpus.Length)].Clone();
                for (var m = random.Next(1, 6); m > 0; m--)
                {
                    input[random.Next(input.Length)] = (byte)Mutations[random.Next(Mutations.Length)];
                }
            }

            try
            {
                _ = SoapEnvelopeReader.Read(input);
            }
            catch (SoapParseException)
            {
            }
        }
    }

    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
