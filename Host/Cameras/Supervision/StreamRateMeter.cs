using Vms.Rtsp.Media;

namespace Vms.Host.Cameras.Supervision;

/// <summary>
/// Frame rate and bitrate of one pulled stream, measured on media time: frames of the first video track and bytes of
/// every track, over windows of at least one second of that track's timestamps. Not thread-safe (one pump owns it).
/// </summary>
internal sealed class StreamRateMeter(int videoTrack, int clockRate)
{
    private long _windowStartPts = long.MinValue;
    private long _lastPts;
    private int _frames;
    private long _bytes;

    /// <summary>Counts a unit; returns the rates when a window closes.</summary>
    public (double Fps, double Kbps)? Count(int trackIndex, AccessUnit unit)
    {
        _bytes += unit.ByteLength;
        if (trackIndex != videoTrack || clockRate <= 0)
        {
            return null;
        }

        if (_windowStartPts == long.MinValue)
        {
            _windowStartPts = unit.Pts;
            _lastPts = unit.Pts;
            _bytes = unit.ByteLength;
            return null;
        }

        if (unit.Pts <= _lastPts)
        {
            return null; // repeated or reordered timestamps carry no rate information
        }

        _frames++;
        _lastPts = unit.Pts;
        var elapsed = unit.Pts - _windowStartPts;
        if (elapsed < clockRate)
        {
            return null;
        }

        var seconds = (double)elapsed / clockRate;
        var result = (_frames / seconds, _bytes * 8 / 1000.0 / seconds);
        _windowStartPts = unit.Pts;
        _frames = 0;
        _bytes = 0;
        return result;
    }
}
