namespace Vms.Onvif.Discovery;

/// <summary><c>d:Hello</c>: multicast by a device joining the network or changing its metadata.</summary>
public sealed record HelloMessage(string MessageId, AppSequence? AppSequence, DiscoveryEndpoint Endpoint)
    : DiscoveryMessage(MessageId, null, AppSequence);
