namespace Vms.Storage.Playback;

public sealed partial class PlaybackReader
{
    /// <summary>Falling further behind than this re-anchors the pace instead of bursting to catch up.</summary>
    private static readonly TimeSpan MaxLateness = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits until a frame whose pace clock is <paramref name="paceWall"/> is due: the first frame after an
    /// (re)anchor is due at once, the others at anchor + |paceWall − anchor wall| / rate. False when a control
    /// call woke the wait.
    /// </summary>
    private async ValueTask<bool> WaitUntilDueAsync(DateTimeOffset paceWall, CancellationToken wake, CancellationToken ct)
    {
        double rate;
        lock (_gate)
        {
            rate = _rate;
            if (!_anchored)
            {
                _anchored = true;
                _anchorTimestamp = _time.GetTimestamp();
                _anchorWall = paceWall;
                return true;
            }
        }

        var media = (paceWall - _anchorWall).Duration();
        var due = TimeSpan.FromTicks((long)(media.Ticks / rate));
        var delay = due - _time.GetElapsedTime(_anchorTimestamp);
        if (delay <= TimeSpan.Zero)
        {
            if (-delay > MaxLateness)
            {
                lock (_gate)
                {
                    _anchored = false; // the consumer is slow: restart the pace here
                }
            }

            return true;
        }

        return await WaitAsync(delay, wake, ct).ConfigureAwait(false);
    }

    /// <summary>Waits <paramref name="delay"/> on the time provider (or until woken); false when woken.</summary>
    private async ValueTask<bool> WaitAsync(TimeSpan delay, CancellationToken wake, CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(wake, ct);
        try
        {
            await Task.Delay(delay, _time, linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
