namespace Vms.Onvif.Discovery;

/// <summary><c>d:Bye</c>: multicast by a device leaving the network.</summary>
public sealed record ByeMessage(string MessageId, AppSequence? AppSequence, string EndpointAddress)
    : DiscoveryMessage(MessageId, null, AppSequence);
