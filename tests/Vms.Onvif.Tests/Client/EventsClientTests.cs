using System.Xml.Linq;
using Vms.Onvif.Client;
using Vms.Onvif.Model.Events;
using Vms.Onvif.Soap;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

public sealed class EventsClientTests : IDisposable
{
    private static readonly XNamespace Wsa = "http://www.w3.org/2005/08/addressing";
    private static readonly XNamespace Vendor = "http://vendor.example/events";

    // the Media2Camera clock reads 2026-07-01T10:00:00Z: one hour ahead of this server
    private static readonly DateTimeOffset ServerNow = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task SubscribePullRenewUnsubscribe_VendorPullPoint_AddressedWithWsaHeadersAndReferenceParameters()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(ServerNow));
        var events = await device.GetEventsAsync(CancellationToken.None);

        var subscription = await events.SubscribeAsync(null, TimeSpan.FromMinutes(1), CancellationToken.None);
        var messages = await subscription.PullAsync(TimeSpan.FromSeconds(5), 10, CancellationToken.None);
        await subscription.RenewAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        await subscription.DisposeAsync();

        Assert.Equal(peer.BaseUri.Authority, subscription.Address.Authority);
        Assert.Equal("/onvif/Events/PullSubManager_20261121T101500Z_3", subscription.Address.AbsolutePath);
        Assert.Equal(3, messages.Count);
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T10:17:05Z", System.Globalization.CultureInfo.InvariantCulture), subscription.TerminationTime);
        Assert.Equal(["tev.CreatePullPointSubscription", "tev.PullMessages", "x.Renew", "x.Unsubscribe"], peer.Operations.Where(o => o is not "tds.GetServices" and not "tds.GetSystemDateAndTime").ToArray());
        foreach (var (request, action) in peer.Requests.Skip(peer.Requests.Count - 3).Zip([EventActions.PullMessages, EventActions.Renew, EventActions.Unsubscribe]))
        {
            Assert.Equal(subscription.Address.AbsolutePath, request.Target);
            var header = SoapEnvelopeReader.Read(request.Body).Headers;
            Assert.Equal(action, header.Single(h => h.Name == Wsa + "Action").Value);
            Assert.Equal("http://192.168.1.64/onvif/Events/PullSubManager_20261121T101500Z_3", header.Single(h => h.Name == Wsa + "To").Value);
            Assert.Equal("3", header.Single(h => h.Name == Vendor + "SubscriptionId").Value);
        }
    }

    [Fact]
    public async Task TryFrom_CellMotionAndMotionAlarmWithOtherPrefixes_TypedWithServerTime()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(ServerNow));
        await device.Soap.SynchronizeClockAsync(CancellationToken.None);
        var events = await device.GetEventsAsync(CancellationToken.None);
        await using var subscription = await events.SubscribeAsync(null, TimeSpan.FromMinutes(1), CancellationToken.None);

        var motion = (await subscription.PullAsync(TimeSpan.FromSeconds(5), 10, CancellationToken.None))
            .Select(m => MotionEvent.TryFrom(m, device.Soap.ClockOffset)).ToList();

        Assert.Null(motion[2]); // a digital input is not motion
        Assert.Equal(new MotionEvent("VideoSourceToken", true, new DateTimeOffset(2026, 11, 21, 9, 15, 3, TimeSpan.Zero), new DateTimeOffset(2026, 11, 21, 10, 15, 3, TimeSpan.Zero), EventTopic.CellMotion, PropertyOperation.Changed), motion[0]);
        Assert.Equal("VideoSource_1", motion[1]!.SourceToken);
        Assert.False(motion[1]!.IsMotion);
        Assert.Equal(EventTopic.MotionAlarm, motion[1]!.Topic);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 15, 4, 500, TimeSpan.Zero), motion[1]!.DeviceTime);
    }

    [Fact]
    public async Task ReadMotionAsync_PullPointLost_SubscribesAgainAndKeepsReading()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        var pulls = 0;
        var pullBody = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Client", "Media2Camera", "tev.PullMessages.xml"));
        peer.Override("tev.PullMessages", _ => Interlocked.Increment(ref pulls) == 1
            ? peer.Envelope("""
                <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:rw="http://docs.oasis-open.org/wsrf/rw-2"><s:Body><s:Fault>
                <s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>rw:ResourceUnknownFault</s:Value></s:Subcode></s:Code>
                <s:Reason><s:Text xml:lang="en">no such pull point</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>
                """)
            : peer.Envelope(pullBody));
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(ServerNow));
        var events = await device.GetEventsAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource();

        var read = new List<MotionEvent>();
        await foreach (var motion in events.ReadMotionAsync(new EventPullOptions { PullTimeout = TimeSpan.FromSeconds(5) }, stop.Token))
        {
            read.Add(motion);
            if (read.Count == 2)
            {
                break;
            }
        }

        Assert.Equal([true, false], read.Select(m => m.IsMotion));
        Assert.Equal(2, peer.Operations.Count(o => o == "tev.CreatePullPointSubscription"));
        Assert.Equal(2, peer.Operations.Count(o => o == "x.Unsubscribe")); // the lost one, then the one ended by break
    }

    [Fact]
    public async Task ReadMotionAsync_EveryPullFails_GivesUpWithTheFault()
    {
        await using var peer = OnvifFixturePeer.StartSet("Media2Camera");
        peer.Override("tev.PullMessages", _ => peer.Envelope("""
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error"><s:Body><s:Fault>
            <s:Code><s:Value>s:Receiver</s:Value><s:Subcode><s:Value>ter:Action</s:Value></s:Subcode></s:Code>
            <s:Reason><s:Text xml:lang="en">busy</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>
            """));
        var device = ClientFixture.Device(peer, _http, new ManualTimeProvider(ServerNow));
        var events = await device.GetEventsAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<OnvifFaultException>(async () =>
        {
            await foreach (var unused in events.ReadMotionAsync(new EventPullOptions { MaxConsecutiveFailures = 2 }, CancellationToken.None))
            {
            }
        });

        Assert.Contains("busy", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, peer.Operations.Count(o => o == "tev.CreatePullPointSubscription"));
    }
}
