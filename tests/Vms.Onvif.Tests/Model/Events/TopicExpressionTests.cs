using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Events;

namespace Vms.Onvif.Tests.Model.Events;

public class TopicExpressionTests
{
    private static readonly XNamespace Wsnt = OnvifNamespaces.WsNotification;

    [Fact]
    public void ToXml_DeclaresTheTopicPrefixOnTheElement()
    {
        var body = new CreatePullPointSubscription(new EventFilter(new TopicExpression(
            [new TopicPath(EventTopic.MotionAlarm), new TopicPath(new EventTopic("urn:vendor", "Alarm"), IncludeDescendants: true)]))).ToXml();
        var expression = body.Descendants(Wsnt + "TopicExpression").Single();
        Assert.Equal("tns1:VideoSource/MotionAlarm|ns:Alarm//.", expression.Value);
        Assert.Equal(OnvifNamespaces.Topics, expression.GetNamespaceOfPrefix("tns1"));
        Assert.Equal("urn:vendor", expression.GetNamespaceOfPrefix("ns")?.NamespaceName);

        // the text stays resolvable once serialized and parsed on its own
        var reparsed = CreatePullPointSubscription.FromXml(XElement.Parse(body.ToString()));
        Assert.Equal(body.ToString(), reparsed.ToXml().ToString());
    }

    [Fact]
    public void FromXml_OtherPrefixForTopicNamespace_ResolvesByNamespace()
    {
        var topic = new XElement(Wsnt + "TopicExpression", new XAttribute(XNamespace.Xmlns + "ev", OnvifNamespaces.Topics.NamespaceName),
            new XAttribute("Dialect", EventDialects.ConcreteSet), "ev:VideoSource/MotionAlarm");
        var body = new XElement(OnvifNamespaces.Events + "CreatePullPointSubscription", new XElement(OnvifNamespaces.Events + "Filter", topic));
        Assert.True(CreatePullPointSubscription.FromXml(body).Filter!.Topics!.Matches(EventTopic.MotionAlarm));
    }

    [Fact]
    public void FromXml_UndeclaredVendorPrefix_ThrowsInvalidArgVal()
    {
        var topic = new XElement(Wsnt + "TopicExpression", new XAttribute("Dialect", EventDialects.ConcreteSet), "dh:Alarm");
        var body = new XElement(OnvifNamespaces.Events + "CreatePullPointSubscription", new XElement(OnvifNamespaces.Events + "Filter", topic));
        Assert.Equal(OnvifFault.InvalidArgVal(), Assert.Throws<OnvifMessageException>(() => CreatePullPointSubscription.FromXml(body)).Fault);
    }

    [Fact]
    public void Matches_SubtreeAndExact()
    {
        var ruleEngine = new TopicPath(new EventTopic(OnvifNamespaces.Topics, "RuleEngine"), IncludeDescendants: true);
        Assert.True(ruleEngine.Matches(EventTopic.CellMotion));
        Assert.True(ruleEngine.Matches(new EventTopic(OnvifNamespaces.Topics, "RuleEngine")));
        Assert.False(ruleEngine.Matches(new EventTopic(OnvifNamespaces.Topics, "RuleEngineX/A")));
        Assert.False(ruleEngine.Matches(new EventTopic("urn:other", "RuleEngine/A")));
        Assert.False(new TopicPath(EventTopic.MotionAlarm).Matches(new EventTopic(OnvifNamespaces.Topics, "VideoSource/MotionAlarm/Sub")));
    }

    [Fact]
    public void GetEventPropertiesResponse_MotionAlarm_WritesTopicTreeAndReadsItBack()
    {
        var body = new GetEventPropertiesResponse { Topics = [TopicDescription.MotionAlarm] }.ToXml();
        var root = body.Element(OnvifNamespaces.WsTopics + "TopicSet")!.Elements().Single();
        Assert.Equal(OnvifNamespaces.Topics + "VideoSource", root.Name);
        var leaf = root.Elements().Single();
        Assert.Equal(XName.Get("MotionAlarm"), leaf.Name);
        Assert.Equal("true", (string?)leaf.Attribute(OnvifNamespaces.WsTopics + "topic"));
        var type = leaf.Descendants(OnvifNamespaces.Schema + "SimpleItemDescription").Single(e => (string?)e.Attribute("Name") == "State").Attribute("Type")!.Value;
        Assert.Equal(XNamespace.Get("http://www.w3.org/2001/XMLSchema") + "boolean", leaf.GetNamespaceOfPrefix(type.Split(':')[0])! + type.Split(':')[1]);

        var read = GetEventPropertiesResponse.FromXml(XElement.Parse(body.ToString()));
        var topic = Assert.Single(read.Topics);
        Assert.Equal(EventTopic.MotionAlarm, topic.Topic);
        Assert.True(topic.IsProperty);
        Assert.Equal(TopicDescription.MotionAlarm.Data, topic.Data);
        Assert.Equal([EventDialects.Concrete, EventDialects.ConcreteSet], read.TopicExpressionDialects);
    }

    [Fact]
    public void AbsoluteOrRelativeTime_Resolve()
    {
        var now = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(now.AddSeconds(30), AbsoluteOrRelativeTime.After(TimeSpan.FromSeconds(30)).Resolve(now));
        Assert.Equal(now.AddHours(1), AbsoluteOrRelativeTime.At(now.AddHours(1)).Resolve(now));
        Assert.Equal("PT30S", AbsoluteOrRelativeTime.After(TimeSpan.FromSeconds(30)).ToString());
    }
}
