using Vms.Onvif.Client;
using Vms.Onvif.Soap;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>Our ONVIF client against a running simulated camera: clock offset, authentication modes, SOAP version.</summary>
public sealed class ClientClockAndAuthTests(ITestOutputHelper output)
{
    private static void AssertNear(TimeSpan expected, TimeSpan? actual) =>
        Assert.InRange(actual!.Value.TotalSeconds, expected.TotalSeconds - 2, expected.TotalSeconds + 2);

    [Fact]
    public async Task Call_CameraClockSkewed_OffsetLearntThenRelearntAfterSkewFault()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output, o => o with { ClockSkew = TimeSpan.FromMinutes(3) });

        await c.Device.GetDeviceInformationAsync(CancellationToken.None);
        var first = c.Device.Soap.ClockOffset;
        c.Camera.ClockSkew = TimeSpan.FromHours(-7); // far outside the 5 min UsernameToken window
        var info = await c.Device.GetDeviceInformationAsync(CancellationToken.None);

        AssertNear(TimeSpan.FromMinutes(3), first);
        AssertNear(TimeSpan.FromHours(-7), c.Device.Soap.ClockOffset);
        Assert.Equal("Vms", info.Manufacturer);
        Assert.Equal(OnvifAuthModes.UsernameToken, c.Device.Soap.AuthModes);
    }

    [Fact]
    public async Task SyncClock_CameraMonthsOff_CameraClockSetToServerUtc()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output, o => o with { ClockSkew = TimeSpan.FromDays(-120) });

        var offset = await c.Device.SyncClockAsync(CancellationToken.None);

        AssertNear(TimeSpan.Zero, offset);
        Assert.InRange(c.Camera.ClockSkew.TotalSeconds, -2, 2);
    }

    [Fact]
    public async Task Call_DigestOnlyCamera_SwitchesToDigestAndRemembersIt()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output, o => o with { AcceptUsernameToken = false });

        var info = await c.Device.GetDeviceInformationAsync(CancellationToken.None);
        var modes = c.Device.Soap.AuthModes;
        var users = await c.Device.GetUsersAsync(CancellationToken.None);

        Assert.Equal("Vms", info.Manufacturer);
        Assert.Equal(OnvifAuthModes.Digest, modes);
        Assert.Equal(OnvifAuthModes.Digest, c.Device.Soap.AuthModes);
        Assert.Contains(users, u => u.Username == SimulatedCameraClient.User);
    }

    [Fact]
    public async Task Call_WrongPassword_NotAuthorized()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var device = c.NewDevice(new OnvifCredentials(SimulatedCameraClient.User, "wrong"));

        await Assert.ThrowsAsync<OnvifNotAuthorizedException>(() => device.GetDeviceInformationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Call_Soap11OnlyCamera_FallsBackAndRemembersSoap11()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output, o => o with { AcceptSoap12 = false });

        var info = await c.Device.GetDeviceInformationAsync(CancellationToken.None);
        var media = await c.Device.GetMediaAsync(CancellationToken.None);
        var profiles = await media.GetProfilesAsync(CancellationToken.None);

        Assert.Equal(SoapVersion.Soap11, c.Device.Soap.Version);
        Assert.Equal("Vms", info.Manufacturer);
        Assert.Equal(["profile_main", "profile_sub"], profiles.Select(p => p.Token));
    }
}
