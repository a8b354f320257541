using Vms.Simulators.Camera;

namespace Vms.Simulators.Faults;

/// <summary>
/// Fires the fleet file's scheduled faults on the fleet's <see cref="TimeProvider"/>: one timer per entry, due at
/// start + <see cref="ScheduledFault.At"/>, periodic when <see cref="ScheduledFault.Every"/> is set, stopped after
/// <see cref="ScheduledFault.Times"/> occurrences. Each firing hands the fault to the <see cref="FaultInjector"/>
/// (which also ends it after its duration).
/// </summary>
internal sealed class FaultScheduler : IDisposable
{
    private readonly FaultInjector _injector;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<Entry> _entries = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    public FaultScheduler(FaultInjector injector, TimeProvider time, ILogger logger)
    {
        _injector = injector;
        _time = time;
        _logger = logger;
    }

    /// <summary>Arms every entry relative to now; <paramref name="resolve"/> maps a camera name to the camera.</summary>
    public void Start(IEnumerable<ScheduledFault> faults, Func<string, SimulatedCamera?> resolve)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(resolve);
        var start = _time.GetUtcNow();
        foreach (var fault in faults)
        {
            var camera = resolve(fault.Camera) ?? throw new ArgumentException($"scheduled fault names unknown camera '{fault.Camera}'", nameof(faults));
            var entry = new Entry(fault, camera);
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _entries.Add(entry);
                entry.Timer = _time.CreateTimer(_ => Fire(entry), null, fault.At < TimeSpan.Zero ? TimeSpan.Zero : fault.At, fault.Every ?? Timeout.InfiniteTimeSpan);
            }

            var firstAt = start + fault.At;
            FaultLog.Scheduled(_logger, fault.Camera, fault.Request.Kind, firstAt, fault.Every, fault.Times);
        }
    }

    private void Fire(Entry entry)
    {
        lock (_gate)
        {
            if (_disposed || entry.Finished)
            {
                return;
            }

            entry.Count++;
            var last = entry.Fault.Every is null || (entry.Fault.Times is { } times && entry.Count >= times);
            if (last)
            {
                entry.Finished = true;
                entry.Timer?.Dispose();
                if (entry.Fault.Every is not null)
                {
                    var kind = entry.Fault.Request.Kind;
                    FaultLog.ScheduleFinished(_logger, entry.Fault.Camera, kind, entry.Count);
                }
            }
        }

        _injector.Enqueue(entry.Camera, ct => _injector.ApplyNowAsync(entry.Camera, entry.Fault.Request, ct));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var entry in _entries)
            {
                entry.Timer?.Dispose();
            }

            _entries.Clear();
        }
    }

    private sealed class Entry(ScheduledFault fault, SimulatedCamera camera)
    {
        public ScheduledFault Fault { get; } = fault;

        public SimulatedCamera Camera { get; } = camera;

        public ITimer? Timer { get; set; }

        public int Count { get; set; }

        public bool Finished { get; set; }
    }
}
