using Vms.Simulators.Video;

namespace Vms.Simulators.Camera;

/// <summary>
/// The PTZ motion model, driven by the injected clock: the position is a piecewise-linear function of time.
/// A move is a segment (start position, start time, velocity per second, end time); reading the position at
/// a time evaluates the segment, so no timer is needed and a manual clock drives it in tests. Full speed
/// (velocity 1) crosses the whole pan range (2 units) in <see cref="FullRangeSeconds"/> seconds.
/// </summary>
internal sealed class PtzMotion
{
    public const double FullRangeSeconds = 2.0;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private PtzPosition _start;
    private DateTimeOffset _startTime;
    private (double Pan, double Tilt, double Zoom) _velocity;
    private DateTimeOffset? _end;

    public PtzMotion(TimeProvider time, PtzPosition initial)
    {
        _time = time;
        _start = initial;
        _startTime = time.GetUtcNow();
        _end = _startTime;
    }

    /// <summary>The position now and whether pan/tilt and zoom are still moving.</summary>
    public (PtzPosition Position, bool PanTiltMoving, bool ZoomMoving) Read()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var position = At(now);
            var active = _end is not { } end || now < end;
            var panTilt = active && (_velocity.Pan != 0 || _velocity.Tilt != 0) && !Pinned(position);
            var zoom = active && _velocity.Zoom != 0 && !(position.Zoom is 0 or 1 && Math.Sign(_velocity.Zoom) == (position.Zoom == 0 ? -1 : 1));
            return (position, panTilt, zoom);
        }
    }

    public PtzPosition Position => Read().Position;

    /// <summary>How long the current move still runs (zero when idle).</summary>
    public TimeSpan Remaining
    {
        get
        {
            lock (_gate)
            {
                var left = (_end ?? _startTime) - _time.GetUtcNow();
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }
    }

    /// <summary>Moves at <paramref name="velocity"/> (each axis in [-1, 1]) until <paramref name="timeout"/> or <see cref="Stop"/>.</summary>
    public void Continuous((double Pan, double Tilt, double Zoom) velocity, TimeSpan timeout)
    {
        lock (_gate)
        {
            var now = Restart();
            var scale = 2.0 / FullRangeSeconds;
            _velocity = (Math.Clamp(velocity.Pan, -1, 1) * scale, Math.Clamp(velocity.Tilt, -1, 1) * scale, Math.Clamp(velocity.Zoom, -1, 1) / FullRangeSeconds);
            _end = now + timeout;
        }
    }

    /// <summary>Moves in a straight line to <paramref name="target"/> at <paramref name="speed"/> (0..1 of full speed).</summary>
    public void MoveTo(PtzPosition target, double speed)
    {
        lock (_gate)
        {
            var now = Restart();
            var s = Math.Clamp(double.IsFinite(speed) ? speed : 1, 0.05, 1);
            var dp = target.Pan - _start.Pan;
            var dt = target.Tilt - _start.Tilt;
            var dz = target.Zoom - _start.Zoom;
            var seconds = Math.Max(Math.Max(Math.Abs(dp), Math.Abs(dt)) / 2.0, Math.Abs(dz)) * FullRangeSeconds / s;
            if (seconds <= 0)
            {
                _velocity = default;
                _end = now;
                return;
            }

            _velocity = (dp / seconds, dt / seconds, dz / seconds);
            _end = now + TimeSpan.FromSeconds(seconds);
        }
    }

    /// <summary>Stops pan/tilt and/or zoom; the other axis keeps moving until the move's end (a still axis ends the move).</summary>
    public void Stop(bool panTilt, bool zoom)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var keep = _velocity;
            var end = _end;
            Restart();
            _velocity = (panTilt ? 0 : keep.Pan, panTilt ? 0 : keep.Tilt, zoom ? 0 : keep.Zoom);
            // the axis left running keeps the move's end; nothing left running ends the move now
            _end = _velocity != default && end is { } e && e > now ? e : now;
        }
    }

    private DateTimeOffset Restart()
    {
        var now = _time.GetUtcNow();
        _start = At(now);
        _startTime = now;
        _velocity = default;
        _end = now;
        return now;
    }

    private PtzPosition At(DateTimeOffset now)
    {
        var until = _end is { } end && end < now ? end : now;
        var seconds = Math.Max(0, (until - _startTime).TotalSeconds);
        return new PtzPosition(_start.Pan + (_velocity.Pan * seconds), _start.Tilt + (_velocity.Tilt * seconds), _start.Zoom + (_velocity.Zoom * seconds));
    }

    private bool Pinned(PtzPosition p) =>
        (_velocity.Pan == 0 || Math.Abs(p.Pan) >= 1) && (_velocity.Tilt == 0 || Math.Abs(p.Tilt) >= 1);
}
