using Vms.Onvif.Client;
using Vms.Onvif.Model.Events;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>Events (pull point, motion alarm) through our client against a running simulated camera.</summary>
public sealed class ClientEventsTests(ITestOutputHelper output)
{
    private static readonly EventPullOptions Fast = new() { PullTimeout = TimeSpan.FromSeconds(5), SubscriptionTime = TimeSpan.FromSeconds(12) };

    [Fact]
    public async Task GetEventProperties_Camera_AdvertisesMotionAlarm()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var events = await c.Device.GetEventsAsync(CancellationToken.None);

        var topics = await events.GetEventPropertiesAsync(CancellationToken.None);
        var capabilities = await events.GetCapabilitiesAsync(CancellationToken.None);

        var motion = Assert.Single(topics);
        Assert.Equal(EventTopic.MotionAlarm, motion.Topic);
        Assert.Equal(["State"], motion.Data.Select(d => d.Name));
        Assert.Equal(10, capabilities.MaxPullPoints);
    }

    [Fact]
    public async Task ReadMotionAsync_ForcedMotion_InitializedThenTrueThenFalseOnServerClock()
    {
        // a camera clock 3 minutes ahead: the events must still be placed on this server's clock
        await using var c = await SimulatedCameraClient.StartAsync(output, o => o with { ClockSkew = TimeSpan.FromMinutes(3) });
        c.Camera.TriggerMotion(false);
        var events = await c.Device.GetEventsAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var reader = events.ReadMotionAsync(Fast, stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await reader.MoveNextAsync());
        var initial = reader.Current;
        c.Camera.TriggerMotion(true);
        Assert.True(await reader.MoveNextAsync());
        var on = reader.Current;
        c.Camera.TriggerMotion(false);
        Assert.True(await reader.MoveNextAsync());
        var off = reader.Current;
        var subscriptionsWhileReading = c.Camera.EventSubscriptionCount;
        await reader.DisposeAsync();

        Assert.Equal((PropertyOperation?)PropertyOperation.Initialized, initial.Operation);
        Assert.False(initial.IsMotion);
        Assert.Equal((true, PropertyOperation.Changed), (on.IsMotion, on.Operation!.Value));
        Assert.False(off.IsMotion);
        Assert.All(new[] { initial, on, off }, e =>
        {
            Assert.Equal("video_source", e.SourceToken);
            Assert.InRange((e.UtcTime - DateTimeOffset.UtcNow).Duration().TotalSeconds, 0, 5);
            Assert.InRange((e.DeviceTime - e.UtcTime).TotalSeconds, 175, 185);
        });
        Assert.Equal(1, subscriptionsWhileReading);
        Assert.Equal(0, c.Camera.EventSubscriptionCount); // unsubscribed when the enumeration ended
    }

    [Fact]
    public async Task ReadMotionAsync_SceneBlockEntersAndLeavesTheZone_AlternatingChangesAndRenewals()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        var events = await c.Device.GetEventsAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(40));

        var changes = new List<MotionEvent>();
        await foreach (var e in events.ReadMotionAsync(Fast, stop.Token))
        {
            if (e.Operation == PropertyOperation.Changed)
            {
                changes.Add(e);
            }

            if (changes.Count == 4)
            {
                break;
            }
        }

        // 640x360 at 15 fps: the block is in the left quarter 19 frames out of 72, i.e. ~1.27 s every 4.8 s
        Assert.Equal(4, changes.Count);
        Assert.All(changes.Zip(changes.Skip(1)), p => Assert.NotEqual(p.First.IsMotion, p.Second.IsMotion));
        var on = changes.First(e => e.IsMotion);
        var offAfter = changes.SkipWhile(e => e != on).Skip(1).First();
        Assert.InRange((offAfter.DeviceTime - on.DeviceTime).TotalSeconds, 1.0, 1.3);
        Assert.Equal(0, c.Camera.EventSubscriptionCount);
    }

    [Fact]
    public async Task PullMessages_SecondConcurrentPull_Refused()
    {
        await using var c = await SimulatedCameraClient.StartAsync(output);
        c.Camera.TriggerMotion(false);
        var events = await c.Device.GetEventsAsync(CancellationToken.None);
        await using var subscription = await events.SubscribeAsync(null, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Single(await subscription.PullAsync(TimeSpan.FromSeconds(1), 10, CancellationToken.None)); // Initialized

        // two long polls at once: whichever arrives second is refused at once, the other waits for the motion
        var pulls = new[] { subscription.PullAsync(TimeSpan.FromSeconds(20), 10, CancellationToken.None), subscription.PullAsync(TimeSpan.FromSeconds(20), 10, CancellationToken.None) };
        var refused = await Task.WhenAny(pulls).WithTimeout();
        c.Camera.TriggerMotion(true);
        var holder = pulls.Single(p => p != refused);
        var woken = await holder.WithTimeout();

        var fault = await Assert.ThrowsAnyAsync<Vms.Onvif.Soap.OnvifFaultException>(() => refused);
        Assert.Contains(fault.Fault.Subcodes, s => s.LocalName == "UnableToGetMessagesFault");
        Assert.Equal("true", Assert.Single(woken).Message!.DataValue("State"));
    }
}
