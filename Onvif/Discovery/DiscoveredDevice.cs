using System.Net;
using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary>A device found by probing, merged over every answer carrying its endpoint address.</summary>
public sealed record DiscoveredDevice(
    string EndpointAddress,
    IReadOnlyList<XName> Types,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> XAddrs,
    uint MetadataVersion,
    IReadOnlyList<IPEndPoint> Responders)
{
    /// <summary>Name, hardware, locations, profiles... decoded from the ONVIF scopes.</summary>
    public OnvifScopeInfo Info => OnvifScopeInfo.Parse(Scopes);
}
