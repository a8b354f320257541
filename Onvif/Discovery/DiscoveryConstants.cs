using System.Net;
using System.Xml.Linq;

namespace Vms.Onvif.Discovery;

/// <summary>WS-Discovery 2005/04 (with WS-Addressing 2004/08) constants as ONVIF uses them.</summary>
public static class DiscoveryConstants
{
    public const int Port = 3702;
    public const string ActionBase = "http://schemas.xmlsoap.org/ws/2005/04/discovery/";
    public const string ProbeAction = ActionBase + "Probe";
    public const string ProbeMatchesAction = ActionBase + "ProbeMatches";
    public const string HelloAction = ActionBase + "Hello";
    public const string ByeAction = ActionBase + "Bye";
    public const string ResolveAction = ActionBase + "Resolve";
    public const string ResolveMatchesAction = ActionBase + "ResolveMatches";
    public const string FaultAction = ActionBase + "fault";

    /// <summary>The <c>To</c> of multicast messages.</summary>
    public const string MulticastTo = "urn:schemas-xmlsoap-org:ws:2005:04:discovery";

    /// <summary>The WS-Addressing 2004/08 anonymous endpoint (ReplyTo of probes, To of replies).</summary>
    public const string Anonymous = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous";

    public const string MatchByRfc2396 = ActionBase + "rfc2396";
    public const string MatchByRfc3986 = ActionBase + "rfc3986";
    public const string MatchByStrcmp0 = ActionBase + "strcmp0";

    public static readonly IPAddress MulticastAddressV4 = IPAddress.Parse("239.255.255.250");
    public static readonly IPAddress MulticastAddressV6 = IPAddress.Parse("FF02::C");

    /// <summary><c>dn:NetworkVideoTransmitter</c>, the type ONVIF clients probe for.</summary>
    public static readonly XName NetworkVideoTransmitter = OnvifNamespaces.Network + "NetworkVideoTransmitter";

    /// <summary><c>tds:Device</c>, the type Core requires in Types.</summary>
    public static readonly XName Device = OnvifNamespaces.Device + "Device";

    public static readonly XName MatchingRuleNotSupported = OnvifNamespaces.Discovery + "MatchingRuleNotSupported";

    /// <summary>The prefixes declared on discovery envelopes (kept small: datagrams should fit one packet).</summary>
    internal static IReadOnlyList<(string Prefix, XNamespace Namespace)> Prefixes { get; } =
    [
        ("a", OnvifNamespaces.DiscoveryAddressing), ("d", OnvifNamespaces.Discovery), ("dn", OnvifNamespaces.Network), ("tds", OnvifNamespaces.Device),
    ];
}
