using System.Net;

namespace Vms.Onvif.Discovery;

/// <summary>Client (VMS side) discovery settings; immutable.</summary>
public sealed record DiscoveryClientOptions
{
    /// <summary>Destination port of probes and port listened on for Hello/Bye (3702).</summary>
    public int Port { get; init; } = DiscoveryConstants.Port;

    public IPAddress MulticastGroup { get; init; } = DiscoveryConstants.MulticastAddressV4;

    /// <summary>Interface addresses to probe from (IP_MULTICAST_IF) and listen on. Empty: every IPv4 address of the
    /// interfaces that are up, loopback included when <see cref="IncludeLoopback"/>.</summary>
    public IReadOnlyList<IPAddress> InterfaceAddresses { get; init; } = [];

    public bool IncludeLoopback { get; init; }

    /// <summary>How long a multicast probe collects ProbeMatches.</summary>
    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Number of Probes sent per discovery (UDP is lossy); answers are de-duplicated by endpoint address.</summary>
    public int ProbeRepeats { get; init; } = 2;

    public TimeSpan ProbeRepeatInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public int MulticastTimeToLive { get; init; } = 1;

    /// <summary>Unicast probing: targets probed at once at most.</summary>
    public int UnicastConcurrency { get; init; } = 64;

    /// <summary>Unicast probing: how long to wait for one target's answer.</summary>
    public TimeSpan UnicastTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Most targets one unicast sweep accepts (a /16).</summary>
    public int MaxUnicastTargets { get; init; } = 65_536;

    /// <summary>Most distinct devices one probe collects.</summary>
    public int MaxDevices { get; init; } = 10_000;
}
