using System.Net;

namespace Vms.Onvif.Discovery;

/// <summary>Responder settings; immutable.</summary>
public sealed record DiscoveryResponderOptions
{
    /// <summary>UDP port (3702; 0 picks a free port, for tests — read it back from <see cref="DiscoveryResponder.Port"/>).</summary>
    public int Port { get; init; } = DiscoveryConstants.Port;

    public IPAddress MulticastGroup { get; init; } = DiscoveryConstants.MulticastAddressV4;

    /// <summary>Upper bound of the random delay before answering a multicast Probe (WS-Discovery: 500 ms).</summary>
    public TimeSpan MaxResponseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public int MulticastTimeToLive { get; init; } = 1;

    /// <summary>AppSequence InstanceId (default: the start time in Unix seconds, so it grows across restarts).</summary>
    public uint? InstanceId { get; init; }

    public bool SendHelloOnStart { get; init; } = true;

    public bool SendByeOnStop { get; init; } = true;

    /// <summary>Most delayed answers waiting at once (a probe storm beyond it is dropped).</summary>
    public int MaxPendingReplies { get; init; } = 4096;
}
