using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary>What a client probes for.</summary>
public sealed record DiscoveryProbe(IReadOnlyList<XName> Types, IReadOnlyList<string> Scopes, string? MatchBy = null)
{
    /// <summary><c>dn:NetworkVideoTransmitter</c>, no scope: every ONVIF camera.</summary>
    public static DiscoveryProbe NetworkVideoTransmitters { get; } = new([DiscoveryConstants.NetworkVideoTransmitter], []);
}
