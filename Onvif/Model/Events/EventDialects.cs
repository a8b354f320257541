namespace Vms.Onvif.Model.Events;

/// <summary>Topic expression and message content filter dialects used by ONVIF events.</summary>
public static class EventDialects
{
    /// <summary>ONVIF ConcreteSet: <c>path('|'path)*</c>, a <c>//.</c> suffix selects the whole subtree.</summary>
    public const string ConcreteSet = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";

    /// <summary>WS-Topics Concrete: a single topic path.</summary>
    public const string Concrete = "http://docs.oasis-open.org/wsn/t-1/TopicExpression/Concrete";

    /// <summary>The ConcreteSet dialect as WS-Topics names it.</summary>
    public const string WsTopicsConcreteSet = "http://docs.oasis-open.org/wsnt/t-1/TopicExpression/ConcreteSet";

    /// <summary>ONVIF message content filter (an XPath over the SimpleItems).</summary>
    public const string ItemFilter = "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter";

    /// <summary>Where the ONVIF topic namespace is described (GetEventProperties TopicNamespaceLocation).</summary>
    public const string TopicNamespaceLocation = "http://www.onvif.org/onvif/ver10/topics/topicns.xml";
}
