namespace Vms.Onvif.Discovery;

/// <summary>Whether a device answers a Probe: every probed Type present (namespace + local name) and every
/// probed Scope matched under the probe's rule; empty Types/Scopes match everything.</summary>
public static class ProbeMatcher
{
    public static bool Matches(ProbeMessage probe, DiscoveryEndpoint device) =>
        probe.Types.All(device.Types.Contains) && ScopeMatcher.MatchesAll(probe.Scopes, device.Scopes, probe.MatchBy);
}
