using Vms.Onvif.Model.Events;
using Vms.Onvif.Tests.Model.Support;

namespace Vms.Onvif.Tests.Model.Events;

public class EventsSamplesTests
{
    private static readonly DateTimeOffset At10 = new(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CreatePullPointSubscription_Sample27_ReadsConcreteSetFilter()
    {
        var request = CreatePullPointSubscription.FromXml(Samples.Shared("27_cpps.xml"));
        var topics = request.Filter?.Topics;
        Assert.NotNull(topics);
        Assert.Equal(EventDialects.ConcreteSet, topics.Dialect);
        Assert.Equal(
            [new TopicPath(EventTopic.MotionAlarm), new TopicPath(new EventTopic(OnvifNamespaces.Topics, "RuleEngine"), IncludeDescendants: true)],
            topics.Paths);
        Assert.True(topics.Matches(EventTopic.CellMotion));
        Assert.False(topics.Matches(new EventTopic(OnvifNamespaces.Topics, "VideoSource/SignalLoss")));
        Assert.Equal(TimeSpan.FromSeconds(60), request.InitialTerminationTime?.Relative);
        Assert.False(request.ChangedOnly);
    }

    [Fact]
    public void CreatePullPointSubscriptionResponse_Sample28_ReadsAddressAndTimes()
    {
        var response = CreatePullPointSubscriptionResponse.FromXml(Samples.Shared("28_cppsresp.xml"));
        Assert.Equal("http://h/onvif/events/pp/7", response.SubscriptionReference.Address);
        Assert.Empty(response.SubscriptionReference.ReferenceParameters);
        Assert.Equal(At10, response.CurrentTime);
        Assert.Equal(At10.AddMinutes(1), response.TerminationTime);
    }

    [Fact]
    public void PullMessages_Sample29_ReadsTimeoutAndLimit()
    {
        Assert.Equal(new PullMessages(TimeSpan.FromSeconds(5), 10), PullMessages.FromXml(Samples.Shared("29_pull.xml")));
    }

    [Fact]
    public void PullMessagesResponse_Sample30_ReadsMotionAlarm()
    {
        var response = PullMessagesResponse.FromXml(Samples.Shared("30_pullresp.xml"));
        Assert.Equal(At10.AddSeconds(3), response.CurrentTime);
        Assert.Equal(At10.AddSeconds(63), response.TerminationTime);
        var notification = Assert.Single(response.Messages);
        Assert.Equal(EventTopic.MotionAlarm, notification.Topic);
        Assert.Equal(EventDialects.ConcreteSet, notification.TopicDialect);
        var message = notification.Message;
        Assert.NotNull(message);
        Assert.Equal(At10.AddSeconds(3).AddMilliseconds(120), message.UtcTime);
        Assert.Equal(PropertyOperation.Changed, message.PropertyOperation);
        Assert.Equal("vs0", message.SourceValue("Source"));
        Assert.Equal("true", message.DataValue("State"));
    }

    [Fact]
    public void Renew_Sample31_ReadsRelativeTermination()
    {
        var request = Renew.FromXml(Samples.Shared("31_renew.xml"));
        Assert.Equal(TimeSpan.FromSeconds(60), request.TerminationTime.Relative);
        Assert.Equal(At10.AddMinutes(1), request.TerminationTime.Resolve(At10));
    }
}
