using Vms.Onvif.Model.Device;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Device;

public class DeviceSamplesTests
{
    [Fact]
    public void GetSystemDateAndTimeResponse_Sample03_ReadsClock()
    {
        var response = GetSystemDateAndTimeResponse.FromXml(Samples.Shared("03_sysdt.xml"));
        var clock = response.SystemDateAndTime;
        Assert.Equal(SetDateTimeType.Ntp, clock.DateTimeType);
        Assert.False(clock.DaylightSavings);
        Assert.Equal("CET-1CEST,M3.5.0,M10.5.0/3", clock.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), clock.UtcDateTime);
        Assert.Null(clock.LocalDateTime);
    }

    [Fact]
    public void SetSystemDateAndTime_Sample04_ReadsManualUtc()
    {
        var request = SetSystemDateAndTime.FromXml(Samples.Shared("04_setdt.xml"));
        Assert.Equal(SetDateTimeType.Manual, request.DateTimeType);
        Assert.False(request.DaylightSavings);
        Assert.Equal("UTC0", request.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), request.UtcDateTime);
    }

    [Fact]
    public void GetServicesResponse_Sample05_ReadsServiceWithRawCapabilities()
    {
        var service = Assert.Single(GetServicesResponse.FromXml(Samples.Shared("05_services.xml")).Services);
        Assert.Equal("http://www.onvif.org/ver20/media/wsdl", service.Namespace);
        Assert.Equal("http://h/onvif/media2", service.XAddr);
        Assert.Equal(new OnvifVersion(21, 12), service.Version);
        Assert.NotNull(service.Capabilities);
        Assert.Equal(OnvifNamespaces.Media2 + "Capabilities", service.Capabilities.Name);
        Assert.Equal("true", (string?)service.Capabilities.Attribute("Mask"));
    }

    [Fact]
    public void GetScopesResponse_Sample06_ReadsFixedScope()
    {
        var scope = Assert.Single(GetScopesResponse.FromXml(Samples.Shared("06_scopes.xml")).Scopes);
        Assert.Equal(new Scope(ScopeDefinition.Fixed, "onvif://www.onvif.org/Profile/T"), scope);
    }

    [Fact]
    public void GetNetworkInterfacesResponse_Sample07_ReadsInterface()
    {
        var nic = Assert.Single(GetNetworkInterfacesResponse.FromXml(Samples.Shared("07_netif.xml")).NetworkInterfaces);
        Assert.Equal("eth0", nic.Token);
        Assert.True(nic.Enabled);
        Assert.Equal(new NetworkInterfaceInfo("eth0", "00:11:22:33:44:55", 1500), nic.Info);
        Assert.NotNull(nic.IPv4);
        Assert.True(nic.IPv4.Enabled);
        Assert.False(nic.IPv4.Dhcp);
        Assert.Equal(new PrefixedIPv4Address("192.168.1.50", 24), Assert.Single(nic.IPv4.Manual));
        Assert.Null(nic.IPv6Enabled);
    }

    [Fact]
    public void CreateUsers_Sample08_ReadsUserWithPassword()
    {
        var user = Assert.Single(CreateUsers.FromXml(Samples.Shared("08_createusers.xml")).Users);
        Assert.Equal(new User("op", "secret", UserLevel.Operator), user);
    }

    [Fact]
    public void SetNtp_Sample09_ReadsManualServer()
    {
        var request = SetNtp.FromXml(Samples.Shared("09_setntp.xml"));
        Assert.False(request.FromDhcp);
        Assert.Equal(new NetworkHost(NetworkHostType.IPv4, "10.0.0.1"), Assert.Single(request.NtpManual));
    }

    [Fact]
    public void GetUsersResponse_Sample38_ReadsUserWithoutPassword()
    {
        var user = Assert.Single(GetUsersResponse.FromXml(Samples.Shared("38_getusers.xml")).Users);
        Assert.Equal(new User("op", null, UserLevel.Operator), user);
    }

    [Fact]
    public void GetServiceCapabilitiesResponse_Sample39_ReadsAttributes()
    {
        var capabilities = GetServiceCapabilitiesResponse.FromXml(Samples.Shared("39_devcaps.xml")).Capabilities;
        Assert.Equal(1, capabilities.Network.Ntp);
        Assert.True(capabilities.Security.UsernameToken);
        Assert.True(capabilities.Security.HttpDigest);
        Assert.Equal(16, capabilities.Security.MaxUsers);
        Assert.Null(capabilities.Security.Tls12);
        Assert.True(capabilities.System.DiscoveryBye);
        Assert.Null(capabilities.System.DiscoveryResolve);
    }
}
