using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Vms.Bench.Rtsp;

/// <summary>Samples the runtime's allocation ticks (one per ~100 KB allocated) by type, to show what allocates in steady state.</summary>
internal sealed class AllocationSampler : EventListener
{
    public ConcurrentDictionary<string, long> ByType { get; } = new();

    public volatile bool Enabled;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!Enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var i = eventData.PayloadNames.IndexOf("TypeName");
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (i >= 0 && eventData.Payload![i] is string type)
        {
            ByType.AddOrUpdate(type, amount >= 0 ? Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture) : 1, (_, v) => v + (amount >= 0 ? Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture) : 1));
        }
    }
}
