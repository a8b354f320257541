using Vms.Onvif.Model.Events;

namespace Vms.Simulators.Camera;

/// <summary>
/// One pull-point subscription of the simulated camera: its filter, termination time, the motion state last reported
/// and a bounded queue of notifications (the oldest is dropped when full). Evaluated lazily when pulled.
/// </summary>
internal sealed class EventPullPoint
{
    public const int QueueCapacity = 256;

    private readonly Lock _gate = new();
    private readonly Queue<NotificationMessage> _queue = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pulling;

    public EventPullPoint(int id, EventFilter? filter, bool changedOnly, DateTimeOffset termination, DateTimeOffset now, bool state)
    {
        Id = id;
        Filter = filter;
        ChangedOnly = changedOnly;
        TerminationTime = termination;
        LastEvaluated = now;
        LastState = state;
    }

    public int Id { get; }

    public EventFilter? Filter { get; }

    public bool ChangedOnly { get; }

    public DateTimeOffset TerminationTime { get; private set; }

    public DateTimeOffset LastEvaluated { get; private set; }

    public bool LastState { get; private set; }

    public bool WantsMotion => Filter?.Topics is not { } topics || topics.Matches(EventTopic.MotionAlarm);

    /// <summary>Completes when a forced change or a synchronization point is queued.</summary>
    public Task Woken
    {
        get
        {
            lock (_gate)
            {
                return _wake.Task;
            }
        }
    }

    public bool TryBeginPull() => Interlocked.CompareExchange(ref _pulling, 1, 0) == 0;

    public void EndPull() => Volatile.Write(ref _pulling, 0);

    public void SetTermination(DateTimeOffset time)
    {
        lock (_gate)
        {
            TerminationTime = time;
        }
    }

    /// <summary>Keeps the pull point alive at least until <paramref name="time"/>.</summary>
    public void ExtendTo(DateTimeOffset time)
    {
        lock (_gate)
        {
            if (time > TerminationTime)
            {
                TerminationTime = time;
            }
        }
    }

    /// <summary>Queues the motion changes up to <paramref name="now"/>.</summary>
    public void Evaluate(SceneMotionDetector detector, DateTimeOffset now, string sourceToken)
    {
        lock (_gate)
        {
            if (now <= LastEvaluated)
            {
                return;
            }

            foreach (var (time, state) in detector.Changes(LastEvaluated, LastState, now))
            {
                EnqueueLocked(MotionMessage(time, state, PropertyOperation.Changed, sourceToken));
                LastState = state;
            }

            LastEvaluated = now;
        }
    }

    /// <summary>Queues the current state as Initialized (subscription start, synchronization point).</summary>
    public void Initialize(DateTimeOffset now, bool state, string sourceToken)
    {
        lock (_gate)
        {
            LastState = state;
            LastEvaluated = now;
            EnqueueLocked(MotionMessage(now, state, PropertyOperation.Initialized, sourceToken));
        }
    }

    public void Wake()
    {
        TaskCompletionSource wake;
        lock (_gate)
        {
            wake = _wake;
            _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
    }

    public List<NotificationMessage> Take(int limit)
    {
        lock (_gate)
        {
            var taken = new List<NotificationMessage>(Math.Min(limit, _queue.Count));
            while (taken.Count < limit && _queue.TryDequeue(out var message))
            {
                taken.Add(message);
            }

            return taken;
        }
    }

    private void EnqueueLocked(NotificationMessage message)
    {
        if (!WantsMotion)
        {
            return;
        }

        if (_queue.Count == QueueCapacity)
        {
            _queue.Dequeue();
        }

        _queue.Enqueue(message);
    }

    private static NotificationMessage MotionMessage(DateTimeOffset time, bool state, PropertyOperation operation, string sourceToken) => new()
    {
        Topic = EventTopic.MotionAlarm,
        Message = new EventMessage
        {
            UtcTime = time,
            PropertyOperation = operation,
            Source = [new SimpleItem("Source", sourceToken)],
            Data = [new SimpleItem("State", state ? "true" : "false")],
        },
    };
}
