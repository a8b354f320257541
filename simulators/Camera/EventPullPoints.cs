using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Events;

namespace Vms.Simulators.Camera;

/// <summary>The camera's pull points (at most <see cref="MaxPullPoints"/>; expired ones are purged on every lookup) and its motion detector.</summary>
internal sealed class EventPullPoints
{
    public const int MaxPullPoints = 10;

    private readonly Lock _gate = new();
    private readonly Dictionary<int, EventPullPoint> _points = [];
    private int _nextId;

    public EventPullPoints(SceneMotionDetector detector) => Detector = detector;

    public SceneMotionDetector Detector { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _points.Count;
            }
        }
    }

    public EventPullPoint Create(EventFilter? filter, bool changedOnly, DateTimeOffset termination, DateTimeOffset now)
    {
        lock (_gate)
        {
            PurgeLocked(now);
            if (_points.Count >= MaxPullPoints)
            {
                throw OnvifHandlers.Fault(OnvifFault.ActionFailed(EventService.TooManySubscriptions), $"already {MaxPullPoints} pull points");
            }

            var point = new EventPullPoint(++_nextId, filter, changedOnly, termination, now, Detector.StateAt(now));
            _points.Add(point.Id, point);
            return point;
        }
    }

    public EventPullPoint? Find(int id, DateTimeOffset now)
    {
        lock (_gate)
        {
            PurgeLocked(now);
            return _points.GetValueOrDefault(id);
        }
    }

    public bool Remove(int id)
    {
        EventPullPoint? point;
        lock (_gate)
        {
            if (!_points.Remove(id, out point))
            {
                return false;
            }
        }

        point.Wake();
        return true;
    }

    /// <summary>Forces the motion state (null: follow the scene again) and wakes every waiting pull.</summary>
    public void Force(bool? state)
    {
        Detector.Forced = state;
        EventPullPoint[] points;
        lock (_gate)
        {
            points = [.. _points.Values];
        }

        foreach (var point in points)
        {
            point.Wake();
        }
    }

    private void PurgeLocked(DateTimeOffset now)
    {
        foreach (var id in _points.Where(p => p.Value.TerminationTime <= now).Select(p => p.Key).ToList())
        {
            _points.Remove(id);
        }
    }
}
