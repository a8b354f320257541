namespace Vms.Host.Streaming;

/// <summary>Frames and bytes per second over the last few whole seconds (per-second buckets on the injected clock).</summary>
internal sealed class RateMeter(TimeProvider time)
{
    private const int Window = 5;
    private readonly Lock _gate = new();
    private readonly long[] _frames = new long[Window + 1];
    private readonly long[] _bytes = new long[Window + 1];
    private long _second = -1;

    public void Add(int bytes)
    {
        var now = Second();
        lock (_gate)
        {
            Roll(now);
            var slot = (int)(now % _frames.Length);
            _frames[slot]++;
            _bytes[slot] += bytes;
        }
    }

    /// <summary>Frames per second and bits per second over the last <see cref="Window"/> complete seconds.</summary>
    public (double FramesPerSecond, double BitsPerSecond) Rates()
    {
        var now = Second();
        lock (_gate)
        {
            Roll(now);
            long frames = 0, bytes = 0;
            for (var i = 1; i <= Window; i++)
            {
                var slot = (int)((now - i) % _frames.Length + _frames.Length) % _frames.Length;
                frames += _frames[slot];
                bytes += _bytes[slot];
            }

            return (frames / (double)Window, bytes * 8.0 / Window);
        }
    }

    private long Second() => time.GetTimestamp() / time.TimestampFrequency;

    private void Roll(long now)
    {
        if (_second < 0 || now - _second > _frames.Length)
        {
            Array.Clear(_frames);
            Array.Clear(_bytes);
        }
        else
        {
            for (var s = _second + 1; s <= now; s++)
            {
                var slot = (int)(s % _frames.Length);
                _frames[slot] = 0;
                _bytes[slot] = 0;
            }
        }

        _second = Math.Max(_second, now);
    }
}
