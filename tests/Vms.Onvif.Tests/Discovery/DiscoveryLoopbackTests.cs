using System.Net;
using System.Net.Sockets;
using Vms.Onvif.Discovery;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Discovery;

/// <summary>Responder and client in one process over real multicast on loopback (random port, own addresses).</summary>
public sealed class DiscoveryLoopbackTests
{
    private static DiscoveryResponder Responder(TimeProvider? time = null, TimeSpan? delay = null, Microsoft.Extensions.Logging.ILogger<DiscoveryResponder>? logger = null) =>
        new(new DiscoveryResponderOptions { Port = 0, MaxResponseDelay = delay ?? TimeSpan.Zero, InstanceId = 77 }, time ?? TimeProvider.System, logger);

    [Fact]
    public async Task Probe_ThreeDevicesOnOwnAddresses_FindsAllWithXAddrsFromTheirAddresses()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        await using var responder = Responder();
        var devices = new[] { LoopbackDiscovery.Device(subnet, 1, "Cam 1"), LoopbackDiscovery.Device(subnet, 2, "Cam 2"), LoopbackDiscovery.Device(subnet, 3, "Cam 3") };
        foreach (var d in devices)
        {
            await responder.AddAsync(d, CancellationToken.None);
        }

        await responder.StartAsync(CancellationToken.None);
        var clock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port), clock);
        var progress = new CountingProgress<DiscoveredDevice>(3);

        var probe = client.ProbeAsync(null, progress, CancellationToken.None);
        await progress.Done.WithTimeout();
        clock.Advance(TimeSpan.FromSeconds(30));
        var found = await probe.WithTimeout();

        Assert.Equal(3, found.Count);
        foreach (var d in devices)
        {
            var match = Assert.Single(found, f => f.EndpointAddress == d.EndpointAddress);
            Assert.Equal([$"http://{d.Address}:8080/onvif/device_service"], match.XAddrs);
            Assert.Equal([new IPEndPoint(d.Address, responder.Port)], match.Responders);
            Assert.Contains(DiscoveryConstants.Device, match.Types);
        }

        Assert.Equal(["Cam 1", "Cam 2", "Cam 3"], found.Select(f => f.Info.Name).Order());
    }

    [Fact]
    public async Task Probe_TwoRespondersSharingThePort_BothAnswer()
    {
        // two simulator processes on one host: same port, SO_REUSEADDR, each with its own addresses
        var subnet = LoopbackDiscovery.NewSubnet();
        await using var first = Responder();
        await first.AddAsync(LoopbackDiscovery.Device(subnet, 1, "Process A"), CancellationToken.None);
        await first.StartAsync(CancellationToken.None);
        await using var second = new DiscoveryResponder(new DiscoveryResponderOptions { Port = first.Port, MaxResponseDelay = TimeSpan.Zero }, TimeProvider.System);
        await second.AddAsync(LoopbackDiscovery.Device(subnet, 2, "Process B"), CancellationToken.None);
        await second.StartAsync(CancellationToken.None);
        var clock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(first.Port), clock);
        var progress = new CountingProgress<DiscoveredDevice>(2);

        var probe = client.ProbeAsync(null, progress, CancellationToken.None);
        await progress.Done.WithTimeout();
        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(["Process A", "Process B"], (await probe.WithTimeout()).Select(d => d.Info.Name).Order());
    }

    [Fact]
    public async Task Probe_ScopeFilter_OnlyMatchingDevicesAnswer()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        await using var responder = Responder();
        await responder.AddAsync(LoopbackDiscovery.Device(subnet, 1, "A", hardware: "D1"), CancellationToken.None);
        await responder.AddAsync(LoopbackDiscovery.Device(subnet, 2, "B", hardware: "D1-566"), CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        var clock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port), clock);
        var both = new CountingProgress<DiscoveredDevice>(2);
        var d1 = new CountingProgress<DiscoveredDevice>(1);

        // the unfiltered probe proves both answer; the filtered one then cannot have missed B by chance
        var all = client.ProbeAsync(null, both, CancellationToken.None);
        await both.Done.WithTimeout();
        var filtered = client.ProbeAsync(new DiscoveryProbe([DiscoveryConstants.NetworkVideoTransmitter], ["onvif://www.onvif.org/hardware/D1"]), d1, CancellationToken.None);
        await d1.Done.WithTimeout();
        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(2, (await all.WithTimeout()).Count);
        var only = Assert.Single(await filtered.WithTimeout());
        Assert.Equal("D1", only.Info.Hardware);
    }

    [Fact]
    public async Task Probe_MulticastAnswer_WaitsForTheRandomDelay()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var responderClock = new ManualTimeProvider();
        var answered = new EventSignal<DiscoveryResponder>(3102);
        await using var responder = Responder(responderClock, TimeSpan.FromMilliseconds(500), answered);
        await responder.AddAsync(LoopbackDiscovery.Device(subnet, 9, "Late"), CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        var clientClock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port), clientClock);
        var progress = new CountingProgress<DiscoveredDevice>(1);

        var probe = client.ProbeAsync(null, progress, CancellationToken.None);
        await answered.Seen.WithTimeout();
        Assert.False(progress.Done.IsCompleted);
        responderClock.Advance(TimeSpan.FromMilliseconds(500));
        await progress.Done.WithTimeout();
        clientClock.Advance(TimeSpan.FromSeconds(30));

        Assert.Single(await probe.WithTimeout());
    }

    [Fact]
    public async Task Probe_250DevicesInOneResponder_AreAllFound()
    {
        const int count = 250;
        var subnet = LoopbackDiscovery.NewSubnet();
        await using var responder = Responder(delay: TimeSpan.FromMilliseconds(500));
        for (var i = 1; i <= count; i++)
        {
            await responder.AddAsync(LoopbackDiscovery.Device(subnet, i, $"Cam {i}"), CancellationToken.None);
        }

        await responder.StartAsync(CancellationToken.None);
        var clock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port) with { ProbeRepeats = 3 }, clock);
        var progress = new CountingProgress<DiscoveredDevice>(count);

        var probe = client.ProbeAsync(null, progress, CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(500)); // the two repeats, as a real sweep sends them
        await progress.Done.WithTimeout();
        clock.Advance(TimeSpan.FromSeconds(30));
        var found = await probe.WithTimeout();

        Assert.Equal(count, found.Select(f => f.EndpointAddress).Distinct().Count());
        Assert.Equal(count, found.Select(f => f.XAddrs.Single()).Distinct().Count());
    }

    [Fact]
    public async Task Probe_RepeatedWithSameMessageId_EachDeviceAnswersOnce()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var device = LoopbackDiscovery.Device(subnet, 4, "Once");
        await using var responder = Responder();
        await responder.AddAsync(device, CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, IPAddress.Loopback.GetAddressBytes());
        var probe = DiscoveryMessageWriter.Write(new ProbeMessage("urn:uuid:same", [], []));
        var group = new IPEndPoint(DiscoveryConstants.MulticastAddressV4, responder.Port);

        await socket.SendToAsync(probe, group);
        var first = await ReceiveAsync(socket);
        await socket.SendToAsync(probe, group);
        await socket.SendToAsync(DiscoveryMessageWriter.Write(new ProbeMessage("urn:uuid:other", [], [])), group);
        var second = await ReceiveAsync(socket);

        Assert.Equal("urn:uuid:same", Assert.IsType<ProbeMatchesMessage>(first).RelatesTo);
        Assert.Equal("urn:uuid:other", Assert.IsType<ProbeMatchesMessage>(second).RelatesTo); // the repeat got no answer
        Assert.Equal(77u, first.AppSequence!.Value.InstanceId);
        Assert.True(second.AppSequence!.Value.MessageNumber > first.AppSequence!.Value.MessageNumber);
    }

    [Fact]
    public async Task UnicastProbe_UnsupportedMatchBy_GetsMatchingRuleNotSupportedFault()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var device = LoopbackDiscovery.Device(subnet, 5, "Strict");
        await using var responder = Responder();
        await responder.AddAsync(device, CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

        await socket.SendToAsync(DiscoveryMessageWriter.Write(new ProbeMessage("urn:uuid:ldap", [], ["onvif://www.onvif.org/name"], "http://schemas.xmlsoap.org/ws/2005/04/discovery/ldap")), new IPEndPoint(device.Address, responder.Port));
        var reply = await ReceiveAsync(socket);

        var fault = Assert.IsType<DiscoveryFaultMessage>(reply);
        Assert.Equal("urn:uuid:ldap", fault.RelatesTo);
        Assert.Equal([DiscoveryConstants.MatchingRuleNotSupported], fault.Fault.Subcodes);
    }

    [Fact]
    public async Task UnicastResolve_IsAnsweredWithResolveMatches()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var device = LoopbackDiscovery.Device(subnet, 6, "Resolvable");
        await using var responder = Responder();
        await responder.AddAsync(device, CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

        await socket.SendToAsync(DiscoveryMessageWriter.Write(new ResolveMessage("urn:uuid:res", device.EndpointAddress)), new IPEndPoint(device.Address, responder.Port));
        var reply = Assert.IsType<ResolveMatchesMessage>(await ReceiveAsync(socket));

        Assert.Equal("urn:uuid:res", reply.RelatesTo);
        Assert.Equal($"http://{device.Address}:8080/onvif/device_service", reply.Match!.XAddrs.Single());
    }

    [Fact]
    public async Task ProbeUnicast_AddressList_FindsRespondersAndSkipsSilentHosts()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var a = LoopbackDiscovery.Device(subnet, 10, "U1");
        var b = LoopbackDiscovery.Device(subnet, 11, "U2");
        await using var responder = Responder(delay: TimeSpan.FromSeconds(30)); // unicast answers never wait
        await responder.AddAsync(a, CancellationToken.None);
        await responder.AddAsync(b, CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        var clock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port) with { UnicastConcurrency = 8 }, clock);
        var progress = new CountingProgress<DiscoveredDevice>(2);

        // the silent host comes first: its slot timer exists once a later target has answered
        var sweep = client.ProbeUnicastAsync([IPAddress.Parse(subnet + "200"), a.Address, b.Address], null, progress, CancellationToken.None);
        await progress.Done.WithTimeout();
        clock.Advance(TimeSpan.FromSeconds(2));
        var found = await sweep.WithTimeout();

        Assert.Equal(new[] { a.EndpointAddress, b.EndpointAddress }.Order(), found.Select(f => f.EndpointAddress).Order());
    }

    [Fact]
    public async Task ProbeUnicast_CidrRange_ProbesEveryHost()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var device = LoopbackDiscovery.Device(subnet, 2, "InRange");
        await using var responder = Responder();
        await responder.AddAsync(device, CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        var clock = new ManualTimeProvider();
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port), clock);
        var progress = new CountingProgress<DiscoveredDevice>(1);

        var sweep = client.ProbeUnicastAsync(IpRange.Parse(subnet + "0/30"), null, progress, CancellationToken.None); // hosts .1 and .2
        await progress.Done.WithTimeout();
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(device.EndpointAddress, Assert.Single(await sweep.WithTimeout()).EndpointAddress);
    }

    [Fact]
    public async Task Listen_DeviceAddedUpdatedAndRemoved_HearsHelloHelloBye()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var device = LoopbackDiscovery.Device(subnet, 7, "Comes and goes");
        await using var responder = Responder();
        await responder.StartAsync(CancellationToken.None);
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port), TimeProvider.System);
        using var cts = new CancellationTokenSource();
        await using var announcements = client.ListenAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        var next = announcements.MoveNextAsync().AsTask(); // joins the group

        await responder.AddAsync(device, CancellationToken.None);
        Assert.True(await next.WithTimeout());
        var hello = announcements.Current;
        await responder.UpdateAsync(device with { Scopes = [.. device.Scopes, "onvif://www.onvif.org/location/city/lyon"] }, CancellationToken.None);
        Assert.True(await announcements.MoveNextAsync().AsTask().WithTimeout());
        var update = announcements.Current;
        await responder.RemoveAsync(device.EndpointAddress, device.Address, CancellationToken.None);
        Assert.True(await announcements.MoveNextAsync().AsTask().WithTimeout());
        var bye = announcements.Current;
        await cts.CancelAsync();

        Assert.Equal(DiscoveryAnnouncementKind.Hello, hello.Kind);
        Assert.Equal(device.EndpointAddress, hello.EndpointAddress);
        Assert.Equal(1u, hello.Endpoint!.MetadataVersion);
        Assert.Equal(2u, update.Endpoint!.MetadataVersion);
        Assert.Contains("onvif://www.onvif.org/location/city/lyon", update.Endpoint.Scopes);
        Assert.Equal(DiscoveryAnnouncementKind.Bye, bye.Kind);
        Assert.Equal(device.Address, bye.Source.Address);
        Assert.True(bye.AppSequence!.Value.MessageNumber > hello.AppSequence!.Value.MessageNumber);
    }

    [Fact]
    public async Task Stop_SendsByeForEveryDevice()
    {
        var subnet = LoopbackDiscovery.NewSubnet();
        var responder = Responder();
        await responder.AddAsync(LoopbackDiscovery.Device(subnet, 1, "x"), CancellationToken.None);
        await responder.AddAsync(LoopbackDiscovery.Device(subnet, 2, "y"), CancellationToken.None);
        await responder.StartAsync(CancellationToken.None);
        var client = new DiscoveryClient(LoopbackDiscovery.ClientOptions(responder.Port), TimeProvider.System);
        using var cts = new CancellationTokenSource();
        await using var announcements = client.ListenAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        var next = announcements.MoveNextAsync().AsTask();

        await responder.DisposeAsync();
        var kinds = new List<DiscoveryAnnouncementKind>();
        Assert.True(await next.WithTimeout());
        kinds.Add(announcements.Current.Kind);
        Assert.True(await announcements.MoveNextAsync().AsTask().WithTimeout());
        kinds.Add(announcements.Current.Kind);

        await cts.CancelAsync();
        Assert.All(kinds, k => Assert.Equal(DiscoveryAnnouncementKind.Bye, k));
    }

    [Fact]
    public async Task Add_AddressNotOwnedByThisHost_ThrowsAndRegistersNothing()
    {
        await using var responder = Responder();
        await responder.StartAsync(CancellationToken.None);
        var foreign = new DiscoveryDevice("urn:uuid:" + Guid.NewGuid().ToString("D"), IPAddress.Parse("192.0.2.77"), [], ["http://{address}/onvif/device_service"]);

        await Assert.ThrowsAsync<SocketException>(() => responder.AddAsync(foreign, CancellationToken.None));

        Assert.Equal(0, responder.DeviceCount);
    }

    [Fact]
    public void IpRange_Parse_EnumeratesHosts()
    {
        var range = IpRange.Parse("192.168.10.77/29");

        Assert.Equal("192.168.10.72/29", range.ToString());
        Assert.Equal(6, range.Count);
        Assert.Equal(["192.168.10.73", "192.168.10.78"], new[] { range.Hosts().First().ToString(), range.Hosts().Last().ToString() });
        Assert.Throws<FormatException>(() => IpRange.Parse("fe80::/64"));
        Assert.Throws<FormatException>(() => IpRange.Parse("10.0.0.0/33"));
    }

    private static async Task<DiscoveryMessage> ReceiveAsync(Socket socket)
    {
        var buffer = new byte[65_536];
        var r = await socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0)).WithTimeout();
        return DiscoveryMessageReader.Read(buffer.AsMemory(0, r.ReceivedBytes));
    }
}
