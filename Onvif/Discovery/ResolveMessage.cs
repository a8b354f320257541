namespace Vms.Onvif.Discovery;

/// <summary><c>d:Resolve</c>: asks the device with this endpoint address for its XAddrs.</summary>
public sealed record ResolveMessage(string MessageId, string EndpointAddress)
    : DiscoveryMessage(MessageId, null, null);
