namespace Vms.Onvif.Model.Events;

/// <summary>WS-Addressing actions of the event operations (they do not follow the <c>&lt;ns&gt;/&lt;Operation&gt;</c>
/// pattern of the other services). PullMessages, SetSynchronizationPoint, Renew and Unsubscribe go to the
/// subscription address.</summary>
public static class EventActions
{
    private const string Events = "http://www.onvif.org/ver10/events/wsdl/";
    private const string SubscriptionManager = "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/";

    public const string GetServiceCapabilities = Events + "EventPortType/GetServiceCapabilitiesRequest";
    public const string GetServiceCapabilitiesResponse = Events + "EventPortType/GetServiceCapabilitiesResponse";
    public const string GetEventProperties = Events + "EventPortType/GetEventPropertiesRequest";
    public const string GetEventPropertiesResponse = Events + "EventPortType/GetEventPropertiesResponse";
    public const string CreatePullPointSubscription = Events + "EventPortType/CreatePullPointSubscriptionRequest";
    public const string CreatePullPointSubscriptionResponse = Events + "EventPortType/CreatePullPointSubscriptionResponse";
    public const string PullMessages = Events + "PullPointSubscription/PullMessagesRequest";
    public const string PullMessagesResponse = Events + "PullPointSubscription/PullMessagesResponse";
    public const string PullMessagesFault = Events + "PullPointSubscription/PullMessages/Fault/PullMessagesFaultResponse";
    public const string SetSynchronizationPoint = Events + "PullPointSubscription/SetSynchronizationPointRequest";
    public const string SetSynchronizationPointResponse = Events + "PullPointSubscription/SetSynchronizationPointResponse";
    public const string Renew = SubscriptionManager + "RenewRequest";
    public const string RenewResponse = SubscriptionManager + "RenewResponse";
    public const string Unsubscribe = SubscriptionManager + "UnsubscribeRequest";
    public const string UnsubscribeResponse = SubscriptionManager + "UnsubscribeResponse";

    /// <summary>The action of event faults.</summary>
    public const string Fault = "http://www.w3.org/2005/08/addressing/soap/fault";
}
