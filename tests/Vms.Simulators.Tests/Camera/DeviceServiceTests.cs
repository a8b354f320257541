using System.Text;
using System.Xml.Linq;
using Vms.Onvif;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Security;
using Vms.Simulators.Camera;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Camera;

public sealed class DeviceServiceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetSystemDateAndTime_Anonymous_ReturnsTheSkewedCameraClock()
    {
        await using var h = CameraHarness.Create(output);
        h.Camera.ClockSkew = TimeSpan.FromMinutes(-7);

        var response = await h.AnonymousAsync(new GetSystemDateAndTime().ToXml());

        var time = GetSystemDateAndTimeResponse.FromXml(CameraHarness.Body(response)).SystemDateAndTime;
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 53, 0, TimeSpan.Zero), time.UtcDateTime);
        Assert.Equal(SetDateTimeType.Manual, time.DateTimeType);
    }

    [Fact]
    public async Task GetDeviceInformation_NoCredentials_IsChallengedWithDigest()
    {
        await using var h = CameraHarness.Create(output);

        var response = await h.AnonymousAsync(new GetDeviceInformation().ToXml());

        Assert.Equal(401, response.StatusCode);
        Assert.Contains(response.HeaderValues("WWW-Authenticate"), v => v.StartsWith("Digest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetDeviceInformation_HttpDigest_AnswersIdentity()
    {
        await using var h = CameraHarness.Create(output);
        var challenge = await h.AnonymousAsync(new GetDeviceInformation().ToXml());
        var client = new HttpDigestClient(CameraHarness.Admin, CameraHarness.AdminPassword);
        Assert.True(client.TryAcceptChallenge(challenge.HeaderValues("WWW-Authenticate")));

        var response = await h.SendAsync(new GetDeviceInformation().ToXml(), null, client.CreateAuthorization("POST", "/onvif/device_service"));

        var info = GetDeviceInformationResponse.FromXml(CameraHarness.Body(response)).Information;
        Assert.Equal("Vms", info.Manufacturer);
        Assert.Equal("SIM-PTZ", info.Model);
        Assert.Equal("VMS-SIM", info.HardwareId);
        Assert.Equal(12, info.SerialNumber.Length);
    }

    [Fact]
    public async Task Call_WrongPassword_FaultsNotAuthorized()
    {
        await using var h = CameraHarness.Create(output);

        var response = await h.CallAsync(new GetDeviceInformation().ToXml(), CameraHarness.Admin, "wrong");

        Assert.Equal(400, response.StatusCode);
        CameraHarness.AssertFault(response, OnvifFaultCodes.NotAuthorized);
    }

    [Fact]
    public async Task Call_RefuseCredentialsFault_RejectsTheRightPassword()
    {
        await using var h = CameraHarness.Create(output);
        h.Camera.RefuseCredentials = true;

        var refused = await h.CallAsync(new GetDeviceInformation().ToXml());
        h.Camera.RefuseCredentials = false;
        var accepted = await h.CallAsync(new GetDeviceInformation().ToXml());

        CameraHarness.AssertFault(refused, OnvifFaultCodes.NotAuthorized);
        Assert.Equal(200, accepted.StatusCode);
    }

    [Fact]
    public async Task UsernameToken_CreatedOutsideTheWindowOfTheCameraClock_IsRefused()
    {
        await using var h = CameraHarness.Create(output);
        h.Camera.ClockSkew = TimeSpan.FromHours(1);
        var hostClockToken = UsernameTokenFactory.Create(CameraHarness.Admin, CameraHarness.AdminPassword, h.Time.GetUtcNow()).ToSecurityHeader(OnvifNamespaces.Soap12);
        var cameraClockToken = UsernameTokenFactory.Create(CameraHarness.Admin, CameraHarness.AdminPassword, h.Camera.Now.AddMinutes(4)).ToSecurityHeader(OnvifNamespaces.Soap12);

        var skewed = await h.SendAsync(new GetDeviceInformation().ToXml(), hostClockToken, null);
        var inWindow = await h.SendAsync(new GetDeviceInformation().ToXml(), cameraClockToken, null);

        CameraHarness.AssertFault(skewed, OnvifFaultCodes.NotAuthorized);
        Assert.Equal(200, inWindow.StatusCode);
    }

    [Fact]
    public async Task UsernameToken_Replayed_IsRefusedTheSecondTime()
    {
        await using var h = CameraHarness.Create(output);
        var token = UsernameTokenFactory.Create(CameraHarness.Admin, CameraHarness.AdminPassword, h.Camera.Now).ToSecurityHeader(OnvifNamespaces.Soap12);

        var first = await h.SendAsync(new GetDeviceInformation().ToXml(), token, null);
        var replay = await h.SendAsync(new GetDeviceInformation().ToXml(), new XElement(token), null);

        Assert.Equal(200, first.StatusCode);
        CameraHarness.AssertFault(replay, OnvifFaultCodes.NotAuthorized);
    }

    [Fact]
    public async Task Dispatch_MalformedXml_FaultsWellFormedWith400()
    {
        await using var h = CameraHarness.Create(output);

        var response = await h.SendRawAsync(Encoding.UTF8.GetBytes("<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><broken></s:Body>"));

        Assert.Equal(400, response.StatusCode);
        CameraHarness.AssertFault(response, OnvifFaultCodes.WellFormed);
    }

    [Fact]
    public async Task Dispatch_WsdlOperationNotImplemented_FaultsActionNotSupported()
    {
        await using var h = CameraHarness.Create(output);

        var snapshot = await h.CallAsync(new XElement(OnvifNamespaces.Media + "GetAudioSources"));
        var unknown = await h.CallAsync(new XElement(OnvifNamespaces.Device + "MakeCoffee"));

        CameraHarness.AssertFault(snapshot, OnvifFaultCodes.ActionNotSupported);
        CameraHarness.AssertFault(unknown, OnvifFaultCodes.UnknownAction);
    }

    [Fact]
    public async Task GetServices_XAddrs_UseTheHostTheClientReached()
    {
        await using var h = CameraHarness.Create(output);
        h.Host = "203.0.113.5:8081";

        var services = (await h.CallAsync<GetServicesResponse>(new GetServices(true).ToXml())).Services;

        Assert.Equal(
            ["http://203.0.113.5:8081/onvif/device_service", "http://203.0.113.5:8081/onvif/media_service", "http://203.0.113.5:8081/onvif/media2_service", "http://203.0.113.5:8081/onvif/ptz_service"],
            services.Select(s => s.XAddr));
        Assert.All(services, s => Assert.NotNull(s.Capabilities));
        var media2 = Vms.Onvif.Model.Media2.Media2ServiceCapabilities.FromXml(services.Single(s => s.Namespace == OnvifNamespaces.Media2.NamespaceName).Capabilities!);
        Assert.True(media2.Mask);
    }

    [Fact]
    public async Task GetServices_NoHostHeader_UsesTheLocalEndpointNeverAWildcard()
    {
        await using var h = CameraHarness.Create(output);
        h.Host = null!;

        var services = (await h.CallAsync<GetServicesResponse>(new GetServices(false).ToXml())).Services;

        Assert.All(services, s => Assert.StartsWith("http://192.0.2.10:8080/", s.XAddr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetServices_HostHeaderWithoutPort_TakesThePortOfTheConnection()
    {
        await using var h = CameraHarness.Create(output);
        h.Host = "192.0.2.10"; // some clients (libonvif) omit the port

        var services = (await h.CallAsync<GetServicesResponse>(new GetServices(false).ToXml())).Services;

        Assert.All(services, s => Assert.StartsWith("http://192.0.2.10:8080/", s.XAddr, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetCapabilities_FixedCamera_AdvertisesNoPtz()
    {
        await using var fixedCamera = CameraHarness.Create(output, CameraKind.Fixed);
        await using var dome = CameraHarness.Create(output, CameraKind.Ptz);

        var fixedCaps = GetCapabilitiesResponse.FromXml(CameraHarness.Body(await fixedCamera.AnonymousAsync(new GetCapabilities([CapabilityCategory.All]).ToXml()))).Capabilities;
        var domeCaps = GetCapabilitiesResponse.FromXml(CameraHarness.Body(await dome.AnonymousAsync(new GetCapabilities([CapabilityCategory.All]).ToXml()))).Capabilities;
        var ptzOnFixed = await fixedCamera.CallAsync(new Vms.Onvif.Model.Ptz.GetNodes().ToXml());

        Assert.Null(fixedCaps.PtzXAddr);
        Assert.Equal("http://192.0.2.10:8080/onvif/media_service", fixedCaps.Media!.XAddr);
        Assert.Equal("http://192.0.2.10:8080/onvif/ptz_service", domeCaps.PtzXAddr);
        CameraHarness.AssertFault(ptzOnFixed, OnvifFaultCodes.ActionNotSupported);
    }

    [Fact]
    public async Task SetSystemDateAndTime_Manual_MovesTheCameraClockAndSurvivesRestart()
    {
        await using var h = CameraHarness.Create(output);
        var target = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var set = await h.CallAsync(new SetSystemDateAndTime(SetDateTimeType.Manual, false, "UTC0", target).ToXml());
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.RestartAsync();
        var time = (await h.CallAsync<GetSystemDateAndTimeResponse>(new GetSystemDateAndTime().ToXml())).SystemDateAndTime;

        Assert.Equal(200, set.StatusCode);
        Assert.Equal(target.AddSeconds(10), time.UtcDateTime);
    }

    [Fact]
    public async Task Users_CreateClashAndLevels_FollowCoreRules()
    {
        await using var h = CameraHarness.Create(output);

        var created = await h.CallAsync(new CreateUsers([new User("viewer", "View3r", UserLevel.User)]).ToXml());
        var clash = await h.CallAsync(new CreateUsers([new User("viewer", "other", UserLevel.User)]).ToXml());
        var operatorReadsUsers = await h.CallAsync(new GetUsers().ToXml(), CameraHarness.Operator, CameraHarness.OperatorPassword);
        var deleteLastAdmin = await h.CallAsync(new DeleteUsers([CameraHarness.Admin]).ToXml());
        var unknown = await h.CallAsync(new SetUser([new User("nobody", "x", UserLevel.User)]).ToXml());
        var users = (await h.CallAsync<GetUsersResponse>(new GetUsers().ToXml())).Users;
        var viewerCall = await h.CallAsync(new GetDeviceInformation().ToXml(), "viewer", "View3r");

        Assert.Equal(200, created.StatusCode);
        CameraHarness.AssertFault(clash, OnvifFaultCodes.OperationProhibited, OnvifFaultCodes.UsernameClash);
        CameraHarness.AssertFault(operatorReadsUsers, OnvifFaultCodes.NotAuthorized);
        CameraHarness.AssertFault(deleteLastAdmin, OnvifFaultCodes.FixedUser);
        CameraHarness.AssertFault(unknown, OnvifFaultCodes.UsernameMissing);
        Assert.Equal(["admin", "op", "viewer"], users.Select(u => u.Username));
        Assert.All(users, u => Assert.Null(u.Password));
        Assert.Equal(200, viewerCall.StatusCode);
    }

    [Fact]
    public async Task Scopes_AddAndRemove_FixedScopesAreProtected()
    {
        await using var h = CameraHarness.Create(output);

        var add = await h.CallAsync(new AddScopes(["onvif://www.onvif.org/location/city/Lyon"]).ToXml());
        var removeFixed = await h.CallAsync(new RemoveScopes(["onvif://www.onvif.org/Profile/Streaming"]).ToXml());
        var scopes = (await h.CallAsync<GetScopesResponse>(new GetScopes().ToXml())).Scopes;

        Assert.Equal(200, add.StatusCode);
        CameraHarness.AssertFault(removeFixed, OnvifFaultCodes.FixedScope);
        Assert.Contains(scopes, s => s.Definition == ScopeDefinition.Configurable && s.Item == "onvif://www.onvif.org/location/city/Lyon");
        Assert.Contains(scopes, s => s.Definition == ScopeDefinition.Fixed && s.Item == "onvif://www.onvif.org/name/Place%20de%20la%20Mairie");
        Assert.Contains(scopes, s => s.Item == "onvif://www.onvif.org/Profile/T");
        Assert.Contains(scopes, s => s.Item == "onvif://www.onvif.org/type/ptz");
    }

    [Fact]
    public async Task NtpHostnameInterfacesDiscoveryMode_AnswerReadableBodies()
    {
        await using var h = CameraHarness.Create(output);

        var setNtp = await h.CallAsync(new SetNtp(false, [new NetworkHost(NetworkHostType.IPv4, "192.0.2.1")]).ToXml());
        var ntp = (await h.CallAsync<GetNtpResponse>(new GetNtp().ToXml())).NtpInformation;
        var hostname = GetHostnameResponse.FromXml(CameraHarness.Body(await h.AnonymousAsync(new GetHostname().ToXml()))).HostnameInformation;
        var interfaces = (await h.CallAsync<GetNetworkInterfacesResponse>(new GetNetworkInterfaces().ToXml())).NetworkInterfaces;
        var mode = (await h.CallAsync<GetDiscoveryModeResponse>(new GetDiscoveryMode().ToXml())).DiscoveryMode;

        Assert.Equal(200, setNtp.StatusCode);
        Assert.Equal("192.0.2.1", Assert.Single(ntp.NtpManual).Address);
        Assert.Equal("place-de-la-mairie", hostname.Name);
        Assert.Equal("127.0.0.1", Assert.Single(interfaces).IPv4!.Manual[0].Address);
        Assert.Equal(DiscoveryMode.Discoverable, mode);
    }
}
