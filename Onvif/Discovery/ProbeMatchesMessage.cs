namespace Vms.Onvif.Discovery;

/// <summary><c>d:ProbeMatches</c>: the unicast answer to a Probe.</summary>
public sealed record ProbeMatchesMessage(string MessageId, string? RelatesTo, AppSequence? AppSequence, IReadOnlyList<DiscoveryEndpoint> Matches)
    : DiscoveryMessage(MessageId, RelatesTo, AppSequence);
