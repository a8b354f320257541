using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Transport;

/// <summary>
/// The one periodic timer of a server or client: every timeout (session expiry, idle connections,
/// keep-alive, stall detection, RTCP reports) is checked from its tick instead of one timer per object.
/// A tick that is still running when the next falls due is skipped, never run twice at once.
/// </summary>
internal sealed class Heartbeat : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly Action<long> _onTick;
    private readonly ILogger _logger;
    private ITimer? _timer;
    private int _running;

    /// <param name="onTick">Called with <see cref="TimeProvider.GetTimestamp"/> at each tick; must be quick.</param>
    public Heartbeat(TimeProvider time, TimeSpan interval, Action<long> onTick, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _time = time;
        _interval = interval;
        _onTick = onTick;
        _logger = logger;
    }

    public TimeSpan Interval => _interval;

    public void Start() => _timer ??= _time.CreateTimer(static s => ((Heartbeat)s!).Tick(), this, _interval, _interval);

    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private void Tick()
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            return;
        }

        try
        {
            _onTick(_time.GetTimestamp());
        }
        catch (Exception ex)
        {
            TransportLog.HeartbeatFailed(_logger, ex);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
