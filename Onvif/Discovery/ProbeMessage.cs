using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary><c>d:Probe</c>: Types (QNames) and Scopes to match, with an optional MatchBy rule.</summary>
public sealed record ProbeMessage(string MessageId, IReadOnlyList<XName> Types, IReadOnlyList<string> Scopes, string? MatchBy = null)
    : DiscoveryMessage(MessageId, null, null);
