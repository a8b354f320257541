using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary>
/// A device a <see cref="DiscoveryResponder"/> answers for: its stable endpoint address, the IP address it owns
/// (answers come from it and its XAddrs are built from it), Types, Scopes and XAddr templates in which
/// <c>{address}</c> is replaced by that address (IPv6 in brackets), e.g. <c>http://{address}:8080/onvif/device_service</c>.
/// </summary>
public sealed record DiscoveryDevice(string EndpointAddress, IPAddress Address, IReadOnlyList<string> Scopes, IReadOnlyList<string> XAddrTemplates)
{
    /// <summary>Types announced; ONVIF clients probe for <c>dn:NetworkVideoTransmitter</c>, Core requires <c>tds:Device</c>.</summary>
    public IReadOnlyList<XName> Types { get; init; } = [DiscoveryConstants.NetworkVideoTransmitter, DiscoveryConstants.Device];

    /// <summary>Increase it when Scopes/XAddrs change (<see cref="DiscoveryResponder.UpdateAsync"/> does it for you).</summary>
    public uint MetadataVersion { get; init; } = 1;

    /// <summary>NonDiscoverable devices neither send Hello nor answer probes (Core Get/SetDiscoveryMode).</summary>
    public bool Discoverable { get; init; } = true;

    /// <summary>The announced metadata with XAddrs built for <see cref="Address"/>.</summary>
    public DiscoveryEndpoint ToEndpoint()
    {
        var host = Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Address}]" : Address.ToString();
        return new DiscoveryEndpoint(
            EndpointAddress,
            Types,
            Scopes,
            [.. XAddrTemplates.Select(t => t.Replace("{address}", host, StringComparison.Ordinal))],
            MetadataVersion);
    }
}
