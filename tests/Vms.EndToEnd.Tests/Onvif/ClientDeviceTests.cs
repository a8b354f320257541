using Vms.Onvif.Client;
using Vms.Onvif.Discovery;
using Vms.Onvif.Model.Device;
using Vms.Simulators.Camera;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>Device management through our client against a running simulated camera.</summary>
public sealed class ClientDeviceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SetScopes_NameAndLocation_ReadBackAndAnnounced()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);

        await c.Device.SetScopesAsync("Place de la Mairie", "Lyon", CancellationToken.None);
        var scopes = await c.Device.GetScopesAsync(CancellationToken.None);
        var info = OnvifScopeInfo.Parse(scopes.Select(s => s.Item));

        Assert.Equal("Place de la Mairie", info.Name);
        Assert.Contains("Lyon", info.Locations);
        Assert.Contains(scopes, s => s.Definition == ScopeDefinition.Fixed && s.Item.Contains("Profile/Streaming", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_CreateSetDelete_NewUserCanLogInThenCannot()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);

        await c.Device.CreateUsersAsync([new User("operator1", "Op3rator-pw", UserLevel.Operator)], CancellationToken.None);
        var asNew = c.NewDevice(new OnvifCredentials("operator1", "Op3rator-pw"));
        var info = await asNew.GetDeviceInformationAsync(CancellationToken.None);
        await c.Device.SetUserAsync([new User("operator1", "Ch4nged-pw", UserLevel.User)], CancellationToken.None);
        var users = await c.Device.GetUsersAsync(CancellationToken.None);
        await c.Device.DeleteUsersAsync(["operator1"], CancellationToken.None);
        var refused = c.NewDevice(new OnvifCredentials("operator1", "Ch4nged-pw"));

        Assert.Equal("Vms", info.Manufacturer);
        Assert.Equal(UserLevel.User, Assert.Single(users, u => u.Username == "operator1").UserLevel);
        await Assert.ThrowsAsync<Vms.Onvif.Soap.OnvifNotAuthorizedException>(() => refused.GetDeviceInformationAsync(CancellationToken.None));
        Assert.DoesNotContain(await c.Device.GetUsersAsync(CancellationToken.None), u => u.Username == "operator1");
    }

    [Fact]
    public async Task SystemReboot_CameraSaysByeThenHelloAndAnswersAgain()
    {
        await using var responder = new DiscoveryResponder(new DiscoveryResponderOptions { Port = 0, MaxResponseDelay = TimeSpan.Zero }, TimeProvider.System);
        await responder.StartAsync(CancellationToken.None);
        await using var c = await SimulatedCameraClient.StartAsync(output, discovery: responder);
        var listener = new DiscoveryClient(new DiscoveryClientOptions { Port = responder.Port, InterfaceAddresses = [System.Net.IPAddress.Loopback] }, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        await using var announcements = listener.ListenAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = announcements.MoveNextAsync().AsTask(); // joins the group

        var message = await c.Device.SystemRebootAsync(CancellationToken.None);
        var heard = new List<DiscoveryAnnouncementKind>();
        for (var i = 0; i < 10 && !heard.Contains(DiscoveryAnnouncementKind.Hello); i++)
        {
            Assert.True(await next.WithTimeout());
            // the camera's own start-up Hello may arrive after the listener joined: only what follows the Bye counts
            if (announcements.Current.EndpointAddress == c.Camera.EndpointAddress &&
                (heard.Count > 0 || announcements.Current.Kind == DiscoveryAnnouncementKind.Bye))
            {
                heard.Add(announcements.Current.Kind);
            }

            next = announcements.MoveNextAsync().AsTask();
        }

        var info = await c.Device.GetDeviceInformationAsync(CancellationToken.None);
        await stop.CancelAsync();
        try
        {
            await next.WithTimeout(); // the enumerator is disposed only once its pending read has ended
        }
        catch (OperationCanceledException)
        {
        }

        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal([DiscoveryAnnouncementKind.Bye, DiscoveryAnnouncementKind.Hello], heard);
        Assert.Equal(CameraLifecycle.Online, c.Camera.Lifecycle);
        Assert.Equal("Vms", info.Manufacturer);
    }
}
