using Vms.Onvif.Client;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Soap;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

public sealed class OnvifDeviceTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task GetDeviceInformation_ValuesWrappedInWhitespace_AreTrimmed()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));

        var info = await device.GetDeviceInformationAsync(CancellationToken.None);

        Assert.Equal("HIKVISION", info.Manufacturer);
        Assert.Equal("DS-2DE4A425IW-DE", info.Model);
        Assert.Equal("88", info.HardwareId);
    }

    [Fact]
    public async Task GetDeviceInformation_Soap11DeviceWithEmptyOptionalElements_ReadsWhatIsThere()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var info = await device.GetDeviceInformationAsync(CancellationToken.None);

        Assert.Equal(("Generic", "IPC-100", string.Empty), (info.Manufacturer, info.Model, info.SerialNumber));
    }

    [Fact]
    public async Task GetSystemDateAndTime_CameraClockMonthsOff_ReportsTheOffset()
    {
        // Media1Camera says 2025-11-20T03:15:00Z; the server believes it is 2026-07-01T10:00:00Z
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var now = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(now));

        var reading = await device.GetSystemDateAndTimeAsync(CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2025, 11, 20, 3, 15, 0, TimeSpan.Zero), reading.DeviceUtc);
        Assert.Equal(reading.DeviceUtc - now, reading.Offset);
        Assert.True(reading.Offset < TimeSpan.FromDays(-200));
    }

    [Fact]
    public async Task SyncClock_SendsServerUtcKeepingTimeZone()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var now = new DateTimeOffset(2026, 7, 1, 9, 58, 30, TimeSpan.Zero);
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(now));

        await device.SyncClockAsync(CancellationToken.None);

        var set = peer.Requests.Single(r => OnvifFixturePeer.OperationKey(r.Body) == "tds.SetSystemDateAndTime");
        var body = SoapEnvelopeReader.Read(set.Body).Body!;
        var request = SetSystemDateAndTime.FromXml(body);
        Assert.Equal(SetDateTimeType.Manual, request.DateTimeType);
        Assert.Equal(now, request.UtcDateTime);
        Assert.Equal("CET-1CEST,M3.5.0,M10.5.0/3", request.TimeZone);
    }

    [Fact]
    public async Task GetServices_Media2Device_FixesForeignHostsAndReportsVersions()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var services = await device.GetServicesAsync(CancellationToken.None);
        var media = await device.GetMediaAsync(CancellationToken.None);

        Assert.False(services.FromCapabilities);
        Assert.Equal(5, services.Services.Count);
        Assert.All(services.Services, s => Assert.Equal(peer.BaseUri.Authority.Split(':')[0], s.XAddr.Host));
        Assert.Equal("/onvif/PTZ", services.Ptz!.AbsolutePath);
        Assert.Equal("20.6", services.Services.Single(s => s.XAddr == services.Media2).Version);
        Assert.True(services.Media2Capabilities!.Mask);
        Assert.Equal(2, media.Version);
    }

    [Fact]
    public async Task GetServices_OldDeviceFaultWithoutSubcode_FallsBackToCapabilitiesAndMedia1()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media1Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var services = await device.GetServicesAsync(CancellationToken.None);
        var media = await device.GetMediaAsync(CancellationToken.None);

        Assert.True(services.FromCapabilities);
        Assert.Null(services.Media2);
        Assert.Equal(new Uri(peer.BaseUri, "/onvif/media"), services.Media);
        Assert.Equal(1, media.Version);
        Assert.Contains("tds.GetCapabilities", peer.Operations);
    }

    [Fact]
    public async Task SetScopes_KeepsOtherConfigurableScopesAndNeverSendsFixedOnes()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var sent = await device.SetScopesAsync("Mairie Entrée", "city/Lyon", CancellationToken.None);

        var request = SetScopes.FromXml(SoapEnvelopeReader.Read(peer.Requests.Single(r => OnvifFixturePeer.OperationKey(r.Body) == "tds.SetScopes").Body).Body!);
        Assert.Equal(sent, request.Scopes);
        Assert.Equal(
            ["onvif://www.onvif.org/extra/keepme", "onvif://www.onvif.org/name/Mairie%20Entr%C3%A9e", "onvif://www.onvif.org/location/city/Lyon"],
            request.Scopes);
    }

    [Fact]
    public async Task Users_ListCreateSetDelete_SendTheOperations()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider());

        var users = await device.GetUsersAsync(CancellationToken.None);
        await device.CreateUsersAsync([new User("vms", "S3cret-pw", UserLevel.Operator)], CancellationToken.None);
        await device.SetUserAsync([new User("vms", "N3w-pw", UserLevel.Operator)], CancellationToken.None);
        await device.DeleteUsersAsync(["vms"], CancellationToken.None);
        var message = await device.SystemRebootAsync(CancellationToken.None);

        Assert.Equal(["admin", "op"], users.Select(u => u.Username));
        Assert.Equal("Rebooting in 5 seconds", message);
        Assert.Equal(["tds.GetUsers", "tds.CreateUsers", "tds.SetUser", "tds.DeleteUsers", "tds.SystemReboot"], peer.Operations.Where(o => o != "tds.GetSystemDateAndTime"));
    }

    [Fact]
    public async Task Calls_DigestOnlyDevice_AuthenticateWithDigest()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        ClientFixture.RequireDigest(peer, TimeProvider.System);
        var device = ClientFixture.Device(peer, _http, TimeProvider.System);

        var info = await device.GetDeviceInformationAsync(CancellationToken.None);
        var profiles = await (await device.GetMediaAsync(CancellationToken.None)).GetProfilesAsync(CancellationToken.None);

        Assert.Equal("HIKVISION", info.Manufacturer);
        Assert.Equal(2, profiles.Count);
        Assert.Equal(OnvifAuthModes.Digest, device.Soap.AuthModes);
    }

    [Fact]
    public async Task Calls_DigestOnlyDeviceWrongPassword_ThrowNotAuthorized()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        ClientFixture.RequireDigest(peer, TimeProvider.System);
        var device = ClientFixture.Device(peer, _http, TimeProvider.System, new OnvifCredentials("admin", "wrong"));

        await Assert.ThrowsAsync<OnvifNotAuthorizedException>(() => device.GetDeviceInformationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Calls_ClosedPort_ThrowUnreachable()
    {
        var port = Loopback.FreeTcpPort();
        var device = new OnvifDevice(new Uri($"http://127.0.0.1:{port}/onvif/device_service"), null, _http);

        await Assert.ThrowsAsync<OnvifUnreachableException>(() => device.GetDeviceInformationAsync(CancellationToken.None));
    }
}
