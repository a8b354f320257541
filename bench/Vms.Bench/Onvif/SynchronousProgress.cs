using Vms.Onvif.Discovery;

namespace Vms.Bench.Onvif;

/// <summary>Reports on the caller's thread (no SynchronizationContext hop), so the time measured is the arrival time.</summary>
internal sealed class SynchronousProgress(Action onReport) : IProgress<DiscoveredDevice>
{
    public void Report(DiscoveredDevice value) => onReport();
}
