using Vms.Rtsp.Media;

namespace Vms.Simulators.Video;

/// <summary>The frame schedule: frame n is due at anchor + n / fps on the wall clock.</summary>
public sealed partial class SyntheticVideoSource
{
    /// <summary>A poll this far before the next due time means the wall clock was set back.</summary>
    private static readonly TimeSpan BackwardJumpThreshold = TimeSpan.FromSeconds(2);

    /// <summary>A poll this many seconds of frames late means the clock was set forward, not that frames were missed.</summary>
    private const int ForwardJumpSeconds = 10;

    /// <summary>Frames later than this are dropped; anything less late is caught up in a burst (in order, real timestamps).</summary>
    private static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(1);

    private DateTimeOffset _anchorTime;
    private long _anchorIndex;
    private long _anchorPts;
    private int _fps;
    private long _nextIndex;

    /// <summary>When the next frame is due (its capture time).</summary>
    public DateTimeOffset NextDueTime
    {
        get
        {
            lock (_gate)
            {
                return DueTime(_nextIndex);
            }
        }
    }

    /// <summary>
    /// The next access unit if it is due at <paramref name="now"/>, else null. A late poll gets the oldest
    /// frame not yet produced (the caller catches up by polling again at once), unless the lag exceeds one
    /// second: then the missed slots are dropped (counted in <see cref="Statistics"/>) and the most recent one
    /// is produced, as a loaded camera drops frames. A wall clock set back by more than 2 s, or forward by more
    /// than 10 s, restarts the schedule from <paramref name="now"/> without a jump in the 90 kHz timestamps.
    /// </summary>
    public AccessUnit? NextAccessUnit(DateTimeOffset now)
    {
        lock (_gate)
        {
            var due = DueTime(_nextIndex);
            if (now < due)
            {
                if (due - now <= BackwardJumpThreshold)
                {
                    return null;
                }

                Reanchor(now, due);
            }

            var latest = _anchorIndex + ((now - _anchorTime).Ticks * _fps / TimeSpan.TicksPerSecond);
            if (latest - _nextIndex > (long)_fps * ForwardJumpSeconds)
            {
                Reanchor(now, DueTime(_nextIndex));
            }
            else if (now - DueTime(_nextIndex) > MaxLag)
            {
                var dropped = latest - _nextIndex;
                _statistics = _statistics with { DroppedFrames = _statistics.DroppedFrames + dropped };
                var late = now - DueTime(_nextIndex);
                VideoSourceLog.FramesDropped(_logger, _scene.State.Name, dropped, late.TotalMilliseconds);

                _nextIndex = latest;
            }

            var index = _nextIndex++;
            return EncodeFrame(index, DueTime(index), Pts(index));
        }
    }

    private DateTimeOffset DueTime(long index) =>
        _anchorTime + TimeSpan.FromTicks((index - _anchorIndex) * TimeSpan.TicksPerSecond / _fps);

    private long Pts(long index) => _anchorPts + ((index - _anchorIndex) * 90_000 / _fps);

    /// <summary>Restarts the schedule: frame <see cref="_nextIndex"/> is due at <paramref name="now"/>, timestamps continue.</summary>
    private void Reanchor(DateTimeOffset now, DateTimeOffset expected)
    {
        var jump = now - expected;
        VideoSourceLog.ClockJumped(_logger, _scene.State.Name, jump.TotalSeconds);
        _anchorPts = Pts(_nextIndex);
        _anchorIndex = _nextIndex;
        _anchorTime = now;
    }

    /// <summary>A new frame rate from frame <paramref name="index"/> on: its due time and timestamp stay, later ones follow the new rate.</summary>
    private void ChangeRate(long index, int fps)
    {
        _anchorTime = DueTime(index);
        _anchorPts = Pts(index);
        _anchorIndex = index;
        _fps = fps;
    }
}
