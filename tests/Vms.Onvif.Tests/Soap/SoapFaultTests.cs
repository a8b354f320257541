using System.Text;
using System.Xml.Linq;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Tests.Soap;

public sealed class SoapFaultTests
{
    [Fact]
    public void Read_DigestFaultExample_ParsesCodeSubcodeChainAndReason()
    {
        const string xml = """
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error">
             <s:Body><s:Fault>
              <s:Code><s:Value>s:Sender</s:Value>
               <s:Subcode><s:Value>ter:InvalidArgVal</s:Value>
                <s:Subcode><s:Value>ter:NoProfile</s:Value></s:Subcode></s:Subcode></s:Code>
              <s:Reason><s:Text xml:lang="en">No such profile</s:Text></s:Reason>
             </s:Fault></s:Body></s:Envelope>
            """;

        var fault = SoapEnvelopeReader.Read(Encoding.UTF8.GetBytes(xml)).Fault;

        Assert.NotNull(fault);
        Assert.Equal(SoapFaultCode.Sender, fault!.Code);
        Assert.Equal([OnvifErrorCodes.InvalidArgVal, OnvifErrorCodes.NoProfile], fault.Subcodes);
        Assert.Equal("No such profile", fault.Reason);
        Assert.Equal("en", fault.ReasonLanguage);
    }

    [Fact]
    public void RoundTrip_Soap12_KeepsEverything()
    {
        var detail = new XElement(OnvifNamespaces.Soap12 + "Detail", new XElement(XName.Get("Info", "urn:detail"), "extra"));
        var original = new SoapFault(SoapFaultCode.Sender, [OnvifErrorCodes.InvalidArgVal, OnvifErrorCodes.NoProfile, XName.Get("Deep", "urn:vendor")], "No such profile", "en", detail);

        var bytes = SoapEnvelopeWriter.WriteFault(SoapVersion.Soap12, original);
        var parsed = SoapEnvelopeReader.Read(bytes).Fault!;

        Assert.Equal(original.Code, parsed.Code);
        Assert.Equal(original.Subcodes, parsed.Subcodes);
        Assert.Equal(original.Reason, parsed.Reason);
        Assert.Equal("en", parsed.ReasonLanguage);
        Assert.Equal("extra", parsed.Detail!.Element(XName.Get("Info", "urn:detail"))!.Value);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("<s:Value>ter:InvalidArgVal</s:Value>", text, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"en\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SoapFaultCode.Sender)]
    [InlineData(SoapFaultCode.Receiver)]
    [InlineData(SoapFaultCode.VersionMismatch)]
    [InlineData(SoapFaultCode.MustUnderstand)]
    public void RoundTrip_Soap11WithoutSubcode_KeepsCodeAndReason(SoapFaultCode code)
    {
        var original = new SoapFault(code, [], "it failed");

        var parsed = SoapEnvelopeReader.Read(SoapEnvelopeWriter.WriteFault(SoapVersion.Soap11, original));

        Assert.Equal(SoapVersion.Soap11, parsed.Version);
        Assert.Equal(code, parsed.Fault!.Code);
        Assert.Empty(parsed.Fault.Subcodes);
        Assert.Equal("it failed", parsed.Fault.Reason);
    }

    [Theory]
    [InlineData("NotAuthorized", SoapFaultCode.Sender)]
    [InlineData("ActionNotSupported", SoapFaultCode.Receiver)]
    public void RoundTrip_Soap11WithSubcode_CarriesItInFaultcode(string subcode, SoapFaultCode code)
    {
        var original = new SoapFault(code, [OnvifNamespaces.Error + subcode], "denied");

        var bytes = SoapEnvelopeWriter.WriteFault(SoapVersion.Soap11, original);
        var parsed = SoapEnvelopeReader.Read(bytes).Fault!;

        Assert.Equal(code, parsed.Code);
        Assert.Equal([OnvifNamespaces.Error + subcode], parsed.Subcodes);
        Assert.Contains($"<faultcode>ter:{subcode}</faultcode>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Soap11DottedClientCode_MapsToSender()
    {
        const string xml = "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body><e:Fault>" +
                           "<faultcode>e:Client.Authentication</faultcode><faultstring>bad password</faultstring></e:Fault></e:Body></e:Envelope>";

        var fault = SoapEnvelopeReader.Read(Encoding.UTF8.GetBytes(xml)).Fault!;

        Assert.Equal(SoapFaultCode.Sender, fault.Code);
        Assert.Equal("bad password", fault.Reason);
    }

    [Fact]
    public void Read_SubcodeWithUndeclaredPrefix_StillMatchesByLocalName()
    {
        const string xml = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value>" +
                           "<s:Subcode><s:Value>ter:NotAuthorized</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang=\"de\">Nein</s:Text>" +
                           "<s:Text xml:lang=\"en-US\">Sender not authorized</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>";

        var fault = SoapEnvelopeReader.Read(Encoding.UTF8.GetBytes(xml)).Fault!;

        Assert.True(fault.HasSubcode(OnvifErrorCodes.NotAuthorized));
        Assert.Equal("Sender not authorized", fault.Reason);
        Assert.IsType<OnvifNotAuthorizedException>(OnvifFaultException.FromFault(fault));
    }

    [Fact]
    public void Write_SubcodeInUndeclaredNamespace_DeclaresAPrefix()
    {
        var fault = SoapFault.Sender("x", XName.Get("Custom", "urn:vendor:errors"));

        var parsed = SoapEnvelopeReader.Read(SoapEnvelopeWriter.WriteFault(SoapVersion.Soap12, fault)).Fault!;

        Assert.Equal([XName.Get("Custom", "urn:vendor:errors")], parsed.Subcodes);
    }

    [Fact]
    public void Read_FaultWithoutSubcode_HasEmptyChain()
    {
        var parsed = SoapEnvelopeReader.Read(SoapEnvelopeWriter.WriteFault(SoapVersion.Soap12, SoapFault.Receiver("internal"))).Fault!;

        Assert.Equal(SoapFaultCode.Receiver, parsed.Code);
        Assert.Empty(parsed.Subcodes);
        Assert.Equal(typeof(OnvifFaultException), OnvifFaultException.FromFault(parsed).GetType());
    }

    [Theory]
    [InlineData("NotAuthorized", typeof(OnvifNotAuthorizedException))]
    [InlineData("ActionNotSupported", typeof(OnvifActionNotSupportedException))]
    [InlineData("UnknownAction", typeof(OnvifActionNotSupportedException))]
    [InlineData("InvalidArgVal", typeof(OnvifInvalidArgumentException))]
    [InlineData("InvalidArgs", typeof(OnvifInvalidArgumentException))]
    [InlineData("OperationProhibited", typeof(OnvifOperationProhibitedException))]
    [InlineData("CriticalError", typeof(OnvifFaultException))]
    public void FromFault_KnownSubcode_GivesTypedException(string subcode, Type expected)
    {
        var ex = OnvifFaultException.FromFault(SoapFault.Sender("r", OnvifNamespaces.Error + subcode, OnvifErrorCodes.NoProfile));

        Assert.Equal(expected, ex.GetType());
        Assert.Equal(OnvifNamespaces.Error + subcode, ex.Subcodes[0]);
        Assert.Equal("r", ex.Reason);
    }
}
