namespace Vms.Onvif.Discovery;

/// <summary><c>d:ResolveMatches</c>: the answer to a Resolve.</summary>
public sealed record ResolveMatchesMessage(string MessageId, string? RelatesTo, AppSequence? AppSequence, DiscoveryEndpoint? Match)
    : DiscoveryMessage(MessageId, RelatesTo, AppSequence);
