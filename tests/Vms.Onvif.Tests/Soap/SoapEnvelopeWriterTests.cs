using System.Text;
using System.Xml.Linq;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Tests.Soap;

public sealed class SoapEnvelopeWriterTests
{
    [Fact]
    public void Write_Soap12_IsUtf8WithoutBomAndDeclaresOnvifPrefixesOnEnvelope()
    {
        var body = new XElement(OnvifNamespaces.Device + "GetSystemDateAndTime");

        var bytes = SoapEnvelopeWriter.Write(SoapVersion.Soap12, body);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal((byte)'<', bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope ", text, StringComparison.Ordinal);
        Assert.Contains("xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"", text, StringComparison.Ordinal);
        Assert.Equal(SoapVersion.Soap12, SoapEnvelopeReader.Read(bytes).Version);
        Assert.Contains("xmlns:ter=\"http://www.onvif.org/ver10/error\"", text, StringComparison.Ordinal);
        Assert.Contains("<s:Body><tds:GetSystemDateAndTime /></s:Body>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Header", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BodyWithQNameText_ResolvesThroughEnvelopeDeclarations()
    {
        var body = new XElement(OnvifNamespaces.Events + "Filter", new XElement(OnvifNamespaces.WsNotification + "TopicExpression", "tns1:VideoSource/MotionAlarm"));

        var parsed = SoapEnvelopeReader.Read(SoapEnvelopeWriter.Write(SoapVersion.Soap12, body));
        var topic = parsed.Body!.Elements().Single();

        Assert.Equal(OnvifNamespaces.Topics, topic.GetNamespaceOfPrefix("tns1"));
    }

    [Theory]
    [InlineData(SoapVersion.Soap12)]
    [InlineData(SoapVersion.Soap11)]
    public void Write_WithHeaders_RoundTrips(SoapVersion version)
    {
        var header = new XElement(OnvifNamespaces.Addressing + "Action", "http://www.onvif.org/ver10/device/wsdl/GetScopes");
        var body = XElement.Parse(EnvelopeSamples.Body("06_scopes.xml"));

        var parsed = SoapEnvelopeReader.Read(SoapEnvelopeWriter.Write(version, body, [header]));

        Assert.Equal(version, parsed.Version);
        Assert.Equal("http://www.onvif.org/ver10/device/wsdl/GetScopes", parsed.Header(OnvifNamespaces.Addressing + "Action")!.Value);
        Assert.Equal(EnvelopeSamples.Canonical(body), EnvelopeSamples.Canonical(parsed.Body!));
    }

    [Fact]
    public void Write_CustomPrefixSet_DeclaresOnlyThose()
    {
        var text = Encoding.UTF8.GetString(SoapEnvelopeWriter.Write(
            SoapVersion.Soap12, new XElement(OnvifNamespaces.Discovery + "Probe"), prefixes: [("d", OnvifNamespaces.Discovery)]));

        Assert.Contains("<d:Probe />", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xmlns:tt", text, StringComparison.Ordinal);
    }
}
