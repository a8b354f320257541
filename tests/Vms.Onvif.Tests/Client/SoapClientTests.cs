using System.Xml.Linq;
using Vms.Onvif.Client;
using Vms.Onvif.Soap;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

public sealed class SoapClientTests : IDisposable
{
    private static readonly OnvifCredentials Good = new(FakeCamera.Admin.Username, FakeCamera.Admin.Password);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Call_DigestOnlyDevice_AuthenticatesWithDigestAndRemembersIt()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableUsernameToken = false });
        var client = camera.Client(_http, Good);

        var first = await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);
        var before = camera.Requests.Count;
        var second = await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        Assert.Equal("admin", (string?)first.Elements().Single().Attribute("user"));
        Assert.Equal(OnvifNamespaces.Media + "GetProfilesResponse", second.Name);
        Assert.Equal(OnvifAuthModes.Digest, client.AuthModes);
        var last = Assert.Single(camera.Requests.Skip(before));
        Assert.StartsWith("Digest ", last.Header("Authorization"), StringComparison.Ordinal);
        Assert.DoesNotContain("UsernameToken", last.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_UsernameTokenOnlyDevice_UsesTokenAndRemembersIt()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableDigest = false });
        var client = camera.Client(_http, Good);

        await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);
        var before = camera.Requests.Count;
        await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        Assert.Equal(OnvifAuthModes.UsernameToken, client.AuthModes);
        var last = Assert.Single(camera.Requests.Skip(before));
        Assert.Null(last.Header("Authorization"));
        Assert.Contains("PasswordDigest", last.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-200)]
    [InlineData(95)]
    public async Task Call_CameraClockMonthsOff_LearnsOffsetAndAuthenticates(int days)
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableDigest = false });
        camera.ClockOffset = TimeSpan.FromDays(days);
        var client = camera.Client(_http, Good);

        var response = await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        Assert.Equal("admin", (string?)response.Elements().Single().Attribute("user"));
        Assert.InRange(client.ClockOffset!.Value - TimeSpan.FromDays(days), TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Call_CameraClockChangedAfterLearning_RelearnsOnNotAuthorizedAndRetriesOnce()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableDigest = false });
        var client = camera.Client(_http, Good);
        await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        camera.ClockOffset = TimeSpan.FromDays(31);
        var before = camera.Requests.Count;
        await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        var bodies = camera.Requests.Skip(before).Select(r => r.BodyText).ToArray();
        Assert.Equal(3, bodies.Length); // refused, GetSystemDateAndTime, retried
        Assert.Contains("GetSystemDateAndTime", bodies[1], StringComparison.Ordinal);
        Assert.InRange(client.ClockOffset!.Value.TotalDays, 30.99, 31.01);
    }

    [Fact]
    public async Task Call_WrongPasswordOnTokenDevice_ThrowsNotAuthorizedAfterOneRetry()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableDigest = false });
        var client = camera.Client(_http, Good with { Password = "wrong" });

        var ex = await Assert.ThrowsAsync<OnvifNotAuthorizedException>(() => client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None));

        Assert.Equal(SoapFaultCode.Sender, ex.Code);
        Assert.InRange(camera.Requests.Count, 3, 4);
    }

    [Fact]
    public async Task Call_WrongPasswordOnDigestDevice_ThrowsNotAuthorized()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableUsernameToken = false });
        var client = camera.Client(_http, Good with { Password = "wrong" });

        await Assert.ThrowsAsync<OnvifNotAuthorizedException>(() => client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None));

        Assert.InRange(camera.Requests.Count, 3, 6);
    }

    [Fact]
    public async Task Call_NoCredentialsOnProtectedOperation_ThrowsNotAuthorized()
    {
        await using var camera = new FakeCamera(_clock);
        var client = camera.Client(_http, null);

        await Assert.ThrowsAsync<OnvifNotAuthorizedException>(() => client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None));
    }

    [Fact]
    public async Task Call_Soap11OnlyDispatcher_FallsBackAndRemembers()
    {
        await using var camera = new FakeCamera(_clock, o => o with { AcceptSoap12 = false });
        var client = camera.Client(_http, Good);

        await client.CallAsync(new XElement(FakeCamera.GetProfiles), "http://www.onvif.org/ver10/media/wsdl/GetProfiles", CancellationToken.None);
        var before = camera.Requests.Count;
        await client.CallAsync(new XElement(FakeCamera.GetProfiles), "http://www.onvif.org/ver10/media/wsdl/GetProfiles", CancellationToken.None);

        Assert.Equal(SoapVersion.Soap11, client.Version);
        var last = Assert.Single(camera.Requests.Skip(before));
        Assert.StartsWith("text/xml", last.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("\"http://www.onvif.org/ver10/media/wsdl/GetProfiles\"", last.Header("SOAPAction"));
    }

    [Theory]
    [InlineData("415")]
    [InlineData("400-html")]
    [InlineData("500-versionmismatch")]
    public async Task Call_ScriptedSoap11OnlyDevice_FallsBackOnEveryRefusalPattern(string pattern)
    {
        await using var peer = ScriptedHttpPeer.Start(request =>
        {
            if (request.Header("Content-Type")!.StartsWith("application/soap+xml", StringComparison.Ordinal))
            {
                return pattern switch
                {
                    "415" => ScriptedHttpResponse.Text(415, "Unsupported Media Type", "text/plain", ""),
                    "400-html" => ScriptedHttpResponse.Text(400, "Bad Request", "text/html", "<html><body>Bad Request</body></html>"),
                    _ => ScriptedHttpResponse.Text(500, "Internal Server Error", "text/xml", Soap11Fault("SOAP-ENV:VersionMismatch", "Wrong version")),
                };
            }

            return ScriptedHttpResponse.Text(200, "OK", "text/xml; charset=utf-8", Soap11Envelope("<tds:GetHostnameResponse xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"><tds:HostnameInformation/></tds:GetHostnameResponse>"));
        });
        var client = new SoapClient(_http, new Uri(peer.BaseUri, "/onvif/device_service"), null, time: _clock);

        var response = await client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None);

        Assert.Equal(OnvifNamespaces.Device + "GetHostnameResponse", response.Name);
        Assert.Equal(SoapVersion.Soap11, client.Version);
    }

    [Fact]
    public async Task Call_FaultWithoutSubcode_ThrowsBaseFaultWithCodeAndReason()
    {
        await using var peer = ScriptedHttpPeer.Start(_ => ScriptedHttpResponse.Text(500, "Internal Server Error", "application/soap+xml",
            "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code>" +
            "<env:Reason><env:Text xml:lang=\"en\">Camera busy</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>"));
        var client = new SoapClient(_http, new Uri(peer.BaseUri, "/onvif/device_service"), null, time: _clock);

        var ex = await Assert.ThrowsAsync<OnvifFaultException>(() => client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None));

        Assert.Equal(typeof(OnvifFaultException), ex.GetType());
        Assert.Equal(SoapFaultCode.Receiver, ex.Code);
        Assert.Empty(ex.Subcodes);
        Assert.Equal("Camera busy", ex.Reason);
        Assert.Single(peer.Requests);
    }

    [Fact]
    public async Task Call_InvalidArgValFault_ThrowsTypedExceptionWithChain()
    {
        await using var camera = new FakeCamera(_clock);
        camera.Dispatcher.Register(OnvifNamespaces.Media + "GetProfile", Vms.Onvif.Server.OnvifAccessClass.PreAuth,
            _ => throw OnvifFaultException.InvalidArgVal(OnvifErrorCodes.NoProfile, "No such profile"));
        var client = camera.Client(_http, null);

        var ex = await Assert.ThrowsAsync<OnvifInvalidArgumentException>(() => client.CallAsync(new XElement(OnvifNamespaces.Media + "GetProfile"), null, CancellationToken.None));

        Assert.Equal([OnvifErrorCodes.InvalidArgVal, OnvifErrorCodes.NoProfile], ex.Subcodes);
    }

    [Fact]
    public async Task Call_UnimplementedOperation_ThrowsActionNotSupported()
    {
        await using var camera = new FakeCamera(_clock);
        var client = camera.Client(_http, Good);

        await Assert.ThrowsAsync<OnvifActionNotSupportedException>(() => client.CallAsync(new XElement(OnvifNamespaces.Device + "GetGeoLocation"), null, CancellationToken.None));
    }

    [Theory]
    [InlineData(404, "Not Found")]
    [InlineData(200, "OK")]
    public async Task Call_HtmlPage_ThrowsProtocolExceptionWithOneLineReason(int status, string reason)
    {
        await using var peer = ScriptedHttpPeer.Start(_ => ScriptedHttpResponse.Text(status, reason, "text/html",
            "<!DOCTYPE html>\n<html><head><title>404\n  Not Found</title></head><body><h1>Not Found</h1>\n<p>The requested URL was not found.</p></body></html>"));
        var client = new SoapClient(_http, new Uri(peer.BaseUri, "/onvif/device_service"), null, time: _clock);

        var ex = await Assert.ThrowsAsync<OnvifProtocolException>(() => client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None));

        Assert.Contains($"HTTP {status} {reason} (text/html): 404 Not Found", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal(status, ex.HttpStatus);
    }

    [Fact]
    public async Task Call_ConnectionRefused_ThrowsUnreachable()
    {
        var port = Loopback.FreeTcpPort();
        var client = new SoapClient(_http, new Uri($"http://127.0.0.1:{port}/onvif/device_service"), null, time: _clock);

        await Assert.ThrowsAsync<OnvifUnreachableException>(() => client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None));
    }

    [Fact]
    public async Task Call_DeviceNeverAnswers_TimesOutAsUnreachable()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<ScriptedHttpResponse>();
        await using var peer = ScriptedHttpPeer.Start(async (_, ct) =>
        {
            arrived.TrySetResult();
            return await never.Task.WaitAsync(ct);
        });
        var client = new SoapClient(_http, new Uri(peer.BaseUri, "/onvif/device_service"), null, new SoapClientOptions { Timeout = TimeSpan.FromSeconds(5) }, _clock);

        var call = client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None);
        await arrived.Task.WithTimeout();
        _clock.Advance(TimeSpan.FromSeconds(6));

        var ex = await Assert.ThrowsAsync<OnvifUnreachableException>(() => call.WithTimeout());
        Assert.Contains("no answer within 5 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_HttpClientTimeoutShorterThanOurs_IsUnreachableNotCancelled()
    {
        var never = new TaskCompletionSource<ScriptedHttpResponse>();
        await using var peer = ScriptedHttpPeer.Start(async (_, ct) => await never.Task.WaitAsync(ct));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var client = new SoapClient(impatient, new Uri(peer.BaseUri, "/onvif/device_service"), null, time: _clock);

        var ex = await Assert.ThrowsAsync<OnvifUnreachableException>(() => client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None).WithTimeout());

        Assert.Contains("HttpClient timeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_CallerCancels_ThrowsOperationCanceled()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<ScriptedHttpResponse>();
        await using var peer = ScriptedHttpPeer.Start(async (_, ct) =>
        {
            arrived.TrySetResult();
            return await never.Task.WaitAsync(ct);
        });
        var client = new SoapClient(_http, new Uri(peer.BaseUri, "/onvif/device_service"), null, time: _clock);
        using var cts = new CancellationTokenSource();

        var call = client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, cts.Token);
        await arrived.Task.WithTimeout();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WithTimeout());
    }

    [Fact]
    public async Task Call_UriWithUserInfo_NeverSendsCredentialsInTheUrlOrAsBasic()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableUsernameToken = false });
        var withUserInfo = new UriBuilder(camera.DeviceService) { UserName = "admin", Password = "Adm1n-pw" }.Uri;
        var client = new SoapClient(_http, withUserInfo, Good, time: _clock);

        await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        Assert.DoesNotContain("@", client.DeviceServiceUri.ToString(), StringComparison.Ordinal);
        Assert.All(camera.Requests, r =>
        {
            Assert.Equal("/onvif/device_service", r.Target);
            Assert.False(r.Header("Authorization")?.StartsWith("Basic", StringComparison.Ordinal) ?? false);
        });
    }

    [Fact]
    public async Task Call_ExpiredDigestNonce_RetriesWithTheFreshChallenge()
    {
        await using var camera = new FakeCamera(_clock, o => o with { EnableUsernameToken = false, Digest = new() { NonceLifetime = TimeSpan.FromMinutes(1) } });
        var client = camera.Client(_http, Good);
        await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(2));
        var before = camera.Requests.Count;
        var response = await client.CallAsync(new XElement(FakeCamera.GetProfiles), null, CancellationToken.None);

        Assert.Equal("admin", (string?)response.Elements().Single().Attribute("user"));
        Assert.Equal(2, camera.Requests.Count - before); // stale 401, then the retry
        Assert.Equal(OnvifAuthModes.Digest, client.AuthModes);
    }

    [Fact]
    public async Task Call_BasicOnlyChallenge_ThrowsNotAuthorizedWithoutSendingBasic()
    {
        await using var peer = ScriptedHttpPeer.Start(_ => ScriptedHttpResponse.Text(401, "Unauthorized", "text/html", "<html/>", ("WWW-Authenticate", "Basic realm=\"cam\"")));
        var client = new SoapClient(_http, new Uri(peer.BaseUri, "/onvif/device_service"), Good, time: _clock);

        var ex = await Assert.ThrowsAsync<OnvifNotAuthorizedException>(() => client.CallAsync(new XElement(OnvifNamespaces.Device + "GetHostname"), null, CancellationToken.None));

        Assert.Contains("Basic realm", ex.Reason, StringComparison.Ordinal);
        Assert.All(peer.Requests, r => Assert.Null(r.Header("Authorization")));
    }

    [Fact]
    public async Task SynchronizeClock_ReturnsCameraTime()
    {
        await using var camera = new FakeCamera(_clock);
        camera.ClockOffset = TimeSpan.FromHours(-7);
        var client = camera.Client(_http, null);

        var deviceUtc = await client.SynchronizeClockAsync(CancellationToken.None);

        Assert.Equal(_clock.GetUtcNow().AddHours(-7), deviceUtc);
        Assert.Equal(TimeSpan.FromHours(-7), client.ClockOffset);
    }

    private static string Soap11Envelope(string body) =>
        $"<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>{body}</SOAP-ENV:Body></SOAP-ENV:Envelope>";

    private static string Soap11Fault(string code, string reason) =>
        Soap11Envelope($"<SOAP-ENV:Fault><faultcode>{code}</faultcode><faultstring>{reason}</faultstring></SOAP-ENV:Fault>");
}
