using System.Net;
using System.Text;
using System.Xml.Linq;
using Vms.Onvif.Security;
using Vms.Onvif.Server;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Tests.Server;

public sealed class SoapDispatcherTests
{
    private readonly DispatcherHarness _h = new();

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Dispatch_NonPostMethod_Returns405WithAllow(string method)
    {
        var (response, _) = await _h.SendAsync(new SoapHttpRequest { Method = method, Path = "/onvif/device_service" });

        Assert.Equal(405, response.StatusCode);
        Assert.Equal(["POST"], response.HeaderValues("Allow"));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task Dispatch_UnsupportedContentType_Returns415(string? contentType)
    {
        var request = DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime));

        var (response, _) = await _h.SendAsync(new SoapHttpRequest { Method = "POST", Path = "/", ContentType = contentType, Body = request.Body });

        Assert.Equal(415, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_MalformedXml_Returns400WithWellFormedFault()
    {
        var (response, envelope) = await _h.SendAsync(new SoapHttpRequest
        {
            Method = "POST",
            Path = "/onvif/device_service",
            ContentType = "application/soap+xml",
            Body = Encoding.UTF8.GetBytes("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><tds:Get"),
        });

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(SoapFaultCode.Sender, envelope!.Fault!.Code);
        Assert.Equal([OnvifErrorCodes.WellFormed], envelope.Fault.Subcodes);
        Assert.Contains("xmlns:ter=\"http://www.onvif.org/ver10/error\"", DispatcherHarness.Text(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_PreAuthWithoutCredentials_RunsAnonymously()
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime)));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/soap+xml; charset=utf-8", response.ContentType);
        Assert.Equal("Anonymous", (string?)envelope!.Body!.Attribute("user"));
    }

    [Fact]
    public async Task Dispatch_PreAuthWithSkewedToken_StillAnswers()
    {
        var request = DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime), [_h.TokenHeader(DispatcherHarness.Admin, TimeSpan.FromDays(-60))]);

        var (response, envelope) = await _h.SendAsync(request);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Anonymous", (string?)envelope!.Body!.Attribute("user"));
    }

    [Fact]
    public async Task Dispatch_ProtectedWithoutCredentials_Returns401WithDigestChallenges()
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles)));

        Assert.Equal(401, response.StatusCode);
        var challenges = response.HeaderValues("WWW-Authenticate").ToArray();
        Assert.Equal(2, challenges.Length);
        Assert.All(challenges, c => Assert.StartsWith("Digest realm=\"ONVIF\", qop=\"auth\"", c, StringComparison.Ordinal));
        Assert.True(envelope!.Fault!.HasSubcode(OnvifErrorCodes.NotAuthorized));
    }

    [Fact]
    public async Task Dispatch_ProtectedWithoutCredentialsOnUsernameTokenOnlyDevice_Returns400NotAuthorized()
    {
        var h = new DispatcherHarness(o => o with { EnableDigest = false });

        var (response, envelope) = await h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles)));

        Assert.Equal(400, response.StatusCode);
        Assert.Empty(response.HeaderValues("WWW-Authenticate"));
        Assert.Equal(SoapFaultCode.Sender, envelope!.Fault!.Code);
        Assert.Equal([OnvifErrorCodes.NotAuthorized], envelope.Fault.Subcodes);
    }

    [Fact]
    public async Task Dispatch_ValidUsernameToken_RunsAsThatUser()
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), [_h.TokenHeader(DispatcherHarness.Viewer)]));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("viewer", (string?)envelope!.Body!.Attribute("user"));
    }

    [Fact]
    public async Task Dispatch_WrongPasswordToken_Returns400NotAuthorized()
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), [_h.TokenHeader(DispatcherHarness.Viewer, password: "nope")]));

        Assert.Equal(400, response.StatusCode);
        Assert.IsType<OnvifNotAuthorizedException>(OnvifFaultException.FromFault(envelope!.Fault!));
    }

    [Fact]
    public async Task Dispatch_TokenStampedWithCameraClock_IsJudgedAgainstTheCameraClock()
    {
        _h.Dispatcher.ClockOffset = TimeSpan.FromDays(120);

        var (local, _) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), [_h.TokenHeader(DispatcherHarness.Viewer)]));
        var (camera, _) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), [_h.TokenHeader(DispatcherHarness.Viewer, TimeSpan.FromDays(120))]));

        Assert.Equal(400, local.StatusCode);
        Assert.Equal(200, camera.StatusCode);
    }

    [Fact]
    public async Task Dispatch_DigestAfterChallenge_RunsAsThatUser()
    {
        var (challenge, _) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles)));
        var client = new HttpDigestClient("admin", DispatcherHarness.Admin.Password);
        Assert.True(client.TryAcceptChallenge(challenge.HeaderValues("WWW-Authenticate")));

        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), authorization: client.CreateAuthorization("POST", "/onvif/device_service")));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("admin", (string?)envelope!.Body!.Attribute("user"));
        Assert.Equal(DigestAlgorithm.Sha256, client.Challenge!.Algorithm);
    }

    [Fact]
    public async Task Dispatch_ExpiredDigestNonce_Returns401Stale()
    {
        var (challenge, _) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles)));
        var client = new HttpDigestClient("admin", DispatcherHarness.Admin.Password);
        client.TryAcceptChallenge(challenge.HeaderValues("WWW-Authenticate"));
        _h.Clock.Advance(TimeSpan.FromMinutes(10));

        var (response, _) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), authorization: client.CreateAuthorization("POST", "/onvif/device_service")));

        Assert.Equal(401, response.StatusCode);
        Assert.All(response.HeaderValues("WWW-Authenticate"), c => Assert.Contains("stale=true", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatch_UserLevelTooLow_ReturnsNotAuthorized()
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.ContinuousMove), [_h.TokenHeader(DispatcherHarness.Viewer)]));

        Assert.Equal(400, response.StatusCode);
        Assert.True(envelope!.Fault!.HasSubcode(OnvifErrorCodes.NotAuthorized));
    }

    [Fact]
    public async Task Dispatch_KnownOperationWithoutHandler_ReturnsReceiverActionNotSupported()
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(OnvifNamespaces.Device + "UpgradeSystemFirmware")));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(SoapFaultCode.Receiver, envelope!.Fault!.Code);
        Assert.Equal([OnvifErrorCodes.ActionNotSupported], envelope.Fault.Subcodes);
    }

    [Theory]
    [InlineData("http://www.onvif.org/ver10/device/wsdl", "GetTeapot")]
    [InlineData("urn:other", "GetSystemDateAndTime")]
    public async Task Dispatch_UnknownElement_ReturnsSenderUnknownAction(string ns, string name)
    {
        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(XName.Get(name, ns))));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(SoapFaultCode.Sender, envelope!.Fault!.Code);
        Assert.Equal([OnvifErrorCodes.UnknownAction], envelope.Fault.Subcodes);
    }

    [Fact]
    public async Task Dispatch_SoapActionDisagreeingWithBody_DispatchesOnTheBody()
    {
        var request = DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime));
        var withAction = new SoapHttpRequest
        {
            Method = "POST",
            Path = request.Path,
            Body = request.Body,
            ContentType = "application/soap+xml; charset=utf-8; action=\"http://www.onvif.org/ver10/device/wsdl/SystemReboot\"",
        };

        var (response, envelope) = await _h.SendAsync(withAction);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(OnvifNamespaces.Device + "GetSystemDateAndTimeResponse", envelope!.Body!.Name);
    }

    [Fact]
    public async Task Dispatch_HandlerThrowsFault_ReturnsThatFault()
    {
        var op = OnvifNamespaces.Media + "GetProfile";
        _h.Dispatcher.Register(op, OnvifAccessClass.PreAuth, _ => throw OnvifFaultException.InvalidArgVal(OnvifErrorCodes.NoProfile, "No such profile"));

        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(op)));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal([OnvifErrorCodes.InvalidArgVal, OnvifErrorCodes.NoProfile], envelope!.Fault!.Subcodes);
        Assert.Equal("No such profile", envelope.Fault.Reason);
    }

    [Fact]
    public async Task Dispatch_HandlerThrowsMessageException_ReturnsItsFaultPath()
    {
        var op = OnvifNamespaces.Media + "GetProfile";
        _h.Dispatcher.Register(op, OnvifAccessClass.PreAuth, _ =>
            throw new Vms.Onvif.Model.Common.OnvifMessageException(Vms.Onvif.Model.Common.OnvifFault.InvalidArgVal(OnvifErrorCodes.NoProfile), "no profile x"));

        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(op)));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(SoapFaultCode.Sender, envelope!.Fault!.Code);
        Assert.Equal([OnvifErrorCodes.InvalidArgVal, OnvifErrorCodes.NoProfile], envelope.Fault.Subcodes);
        Assert.Equal("no profile x", envelope.Fault.Reason);
    }

    [Fact]
    public async Task Dispatch_HandlerThrowsAnythingElse_Returns500WithoutDetails()
    {
        var op = OnvifNamespaces.Media + "GetProfile";
        _h.Dispatcher.Register(op, OnvifAccessClass.PreAuth, _ => throw new InvalidOperationException("secret internals"));

        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(op)));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(SoapFaultCode.Receiver, envelope!.Fault!.Code);
        Assert.DoesNotContain("secret", DispatcherHarness.Text(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_Soap11Request_IsAnsweredInSoap11()
    {
        var request = DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime), version: SoapVersion.Soap11);

        var (response, envelope) = await _h.SendAsync(request);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/xml; charset=utf-8", response.ContentType);
        Assert.Equal(SoapVersion.Soap11, envelope!.Version);
    }

    [Fact]
    public async Task Dispatch_Soap11ContentTypeOnSoap12OnlyDevice_Returns415()
    {
        var h = new DispatcherHarness(o => o with { AcceptSoap11 = false });

        var (response, _) = await h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime), version: SoapVersion.Soap11));

        Assert.Equal(415, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_Soap12EnvelopeOnSoap11OnlyDevice_ReturnsVersionMismatchInSoap11()
    {
        var h = new DispatcherHarness(o => o with { AcceptSoap12 = false });
        var request = DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime));
        var mislabelled = new SoapHttpRequest { Method = "POST", Path = "/", ContentType = "text/xml", Body = request.Body };

        var (response, envelope) = await h.SendAsync(mislabelled);

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(SoapVersion.Soap11, envelope!.Version);
        Assert.Equal(SoapFaultCode.VersionMismatch, envelope.Fault!.Code);
    }

    [Fact]
    public async Task Dispatch_UnknownMandatoryHeader_ReturnsMustUnderstand()
    {
        var header = new XElement(XName.Get("Transaction", "urn:other"), new XAttribute(OnvifNamespaces.Soap12 + "mustUnderstand", "true"));

        var (response, envelope) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime), [header]));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal(SoapFaultCode.MustUnderstand, envelope!.Fault!.Code);
    }

    [Fact]
    public async Task Dispatch_WsAddressingHeaders_AreAccepted()
    {
        var headers = new[]
        {
            new XElement(OnvifNamespaces.Addressing + "Action", new XAttribute(OnvifNamespaces.Soap12 + "mustUnderstand", "1"), "http://www.onvif.org/ver10/device/wsdl/GetSystemDateAndTime"),
            new XElement(OnvifNamespaces.Addressing + "To", new XAttribute(OnvifNamespaces.Soap12 + "mustUnderstand", "1"), "http://192.0.2.10/onvif/device_service"),
        };

        var (response, _) = await _h.SendAsync(DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime), headers));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_BodyStreamOverLimit_Returns413()
    {
        var h = new DispatcherHarness(o => o with { Reader = new SoapReaderOptions { MaxMessageBytes = 1024 } });
        var big = DispatcherHarness.Request(new XElement(DispatcherHarness.GetSystemDateAndTime, new string('x', 5000)));

        var (response, _) = await h.SendAsync(new SoapHttpRequest { Method = "POST", Path = "/", ContentType = big.ContentType, BodyStream = new MemoryStream(big.Body.ToArray()) });

        Assert.Equal(413, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_BodyStreamBreaks_Returns400()
    {
        var (response, _) = await _h.SendAsync(new SoapHttpRequest { Method = "POST", Path = "/", ContentType = "application/soap+xml", BodyStream = new BrokenStream() });

        Assert.Equal(400, response.StatusCode);
    }

    [Theory]
    [InlineData("cam.example:8080", null, "http://cam.example:8080/onvif/media")]
    [InlineData(null, "10.1.2.3:80", "http://10.1.2.3/onvif/media")]
    [InlineData("bad host/x", "10.1.2.3:8000", "http://10.1.2.3:8000/onvif/media")]
    [InlineData(null, "[fe80::1]:8000", "http://[fe80::1]:8000/onvif/media")]
    public async Task Context_XAddr_UsesHostHeaderElseLocalEndpoint(string? host, string? local, string expected)
    {
        var request = DispatcherHarness.Request(new XElement(DispatcherHarness.GetProfiles), [_h.TokenHeader(DispatcherHarness.Viewer)]);
        var shaped = new SoapHttpRequest
        {
            Method = "POST",
            Path = request.Path,
            ContentType = request.ContentType,
            Body = request.Body,
            Host = host,
            LocalEndPoint = local is null ? null : IPEndPoint.Parse(local),
        };

        var (_, envelope) = await _h.SendAsync(shaped);

        Assert.Equal(expected, (string?)envelope!.Body!.Attribute("xaddr"));
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("connection reset by peer");
    }
}
