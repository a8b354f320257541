using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary>The metadata a target service announces: endpoint reference, Types, Scopes, XAddrs, MetadataVersion.</summary>
public sealed record DiscoveryEndpoint(
    string EndpointAddress,
    IReadOnlyList<XName> Types,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> XAddrs,
    uint MetadataVersion);
