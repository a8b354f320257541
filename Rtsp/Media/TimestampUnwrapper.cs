namespace Vms.Rtsp.Media;

/// <summary>
/// Turns 32-bit RTP timestamps into a monotonic-ish 64-bit timeline: each value is placed in the wrap
/// cycle nearest the previous one, so both forward wraps and small backward steps (B-frames, reordering)
/// come out right.
/// </summary>
public sealed class TimestampUnwrapper
{
    private long _last;
    private bool _started;

    /// <summary>The unwrapped value of <paramref name="timestamp"/>; the first value is returned as is.</summary>
    public long Unwrap(uint timestamp)
    {
        if (!_started)
        {
            _started = true;
            _last = timestamp;
            return _last;
        }

        var delta = unchecked((int)(timestamp - (uint)_last));
        _last += delta;
        return _last;
    }

    public void Reset() => _started = false;
}
