using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>
/// Plays one <see cref="IRtspPlaybackSource"/> to one viewer: reads units in order, waits until each is due
/// (decoding time ÷ Scale, on the injected clock), packetizes it with this viewer's own packetizers and
/// queues the packets. Driven by one session loop: <see cref="PrepareAsync"/>, <see cref="Start"/>,
/// <see cref="PauseAsync"/>; a paused pump keeps the unit it read ahead so resuming loses nothing.
/// </summary>
internal sealed class PlaybackPump : IAsyncDisposable
{
    /// <summary>Units are sent this much before they are due, so delivery jitter does not show as late frames.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(50);

    private readonly IRtspPlaybackSource _source;
    private readonly IStreamViewer _viewer;
    private readonly ITrackPacketizer[] _packetizers;
    private readonly int[] _clockRates;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<string> _onEnded;
    private static readonly TimeSpan SenderReportInterval = TimeSpan.FromSeconds(5);

    /// <summary>Period of the pacing timer (delivery jitter is at most this, within the lead).</summary>
    private static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(20);

    private readonly List<ReadOnlyMemory<byte>> _packets = [];
    private readonly bool[] _sent;
    private long _lastReport;
    private RtspPlaybackUnit? _pending;
    private CancellationTokenSource? _run;
    private Task _loop = Task.CompletedTask;
    private bool _atEnd;

    public PlaybackPump(
        IRtspPlaybackSource source,
        IStreamViewer viewer,
        Func<MediaTrack, int, ITrackPacketizer> packetizers,
        TimeProvider time,
        ILogger logger,
        Action<string> onEnded)
    {
        _source = source;
        _viewer = viewer;
        _time = time;
        _logger = logger;
        _onEnded = onEnded;
        var tracks = source.Tracks;
        _packetizers = new ITrackPacketizer[tracks.Count];
        _clockRates = new int[tracks.Count];
        _sent = new bool[tracks.Count];
        for (var i = 0; i < tracks.Count; i++)
        {
            _packetizers[i] = packetizers(tracks[i], TrackPacketizers.PayloadType(tracks[i], i));
            _clockRates[i] = tracks[i].ClockRate;
        }
    }

    public double Scale { get; private set; } = 1.0;

    public bool IsRunning => _run is not null;

    public int PayloadType(int trackIndex) => _packetizers[trackIndex].PayloadType;

    public uint Ssrc(int trackIndex) => _packetizers[trackIndex].Ssrc;

    /// <summary>Changes the speed of the next <see cref="Start"/> without seeking.</summary>
    public void SetScale(double scale) => Scale = scale > 0 ? scale : 1.0;

    /// <summary>
    /// Seeks (when <paramref name="request"/> is set) and reads the first unit ahead. Returns the position and,
    /// per track, the sequence number and RTP time the viewer will see first (RTP-Info).
    /// </summary>
    public async ValueTask<(RtspPlaybackPosition? Position, TrackStart[] Starts)> PrepareAsync(RtspSeekRequest? request, CancellationToken cancellationToken)
    {
        if (_run is not null)
        {
            throw new InvalidOperationException("pause the pump before seeking");
        }

        RtspPlaybackPosition? position = null;
        if (request is not null)
        {
            position = await _source.SeekAsync(request, cancellationToken).ConfigureAwait(false);
            Scale = request.Scale > 0 ? request.Scale : 1.0;
            _pending = null;
            _atEnd = false;
        }

        if (_pending is null && !_atEnd)
        {
            _pending = await _source.ReadAsync(cancellationToken).ConfigureAwait(false);
            _atEnd = _pending is null;
        }

        var starts = new TrackStart[_packetizers.Length];
        if (_pending is { } first)
        {
            // every track's timestamps count from the same origin, so the first unit's time maps to all clocks
            var seconds = (double)first.Unit.Dts / _clockRates[first.TrackIndex];
            for (var i = 0; i < starts.Length; i++)
            {
                var pts = i == first.TrackIndex ? first.Unit.Pts : (long)(seconds * _clockRates[i]);
                starts[i] = new TrackStart(_packetizers[i].NextSequence, _packetizers[i].ToRtpTime(pts));
            }
        }

        return (position, starts);
    }

    /// <summary>Starts (or resumes) sending from the unit read ahead.</summary>
    public void Start()
    {
        if (_run is not null)
        {
            return;
        }

        _run = new CancellationTokenSource();

        // the pacing timer exists before the PLAY response leaves, so no clock tick can be missed
        var timer = new PeriodicTimer(TickPeriod, _time);
        _loop = GuardAsync(RunAsync(timer, _time.GetTimestamp(), _run.Token));
    }

    /// <summary>Stops sending; the next <see cref="Start"/> resumes where it stopped.</summary>
    public async Task PauseAsync()
    {
        if (_run is null)
        {
            return;
        }

        await _run.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _run.Dispose();
        _run = null;
    }

    public async ValueTask DisposeAsync()
    {
        await PauseAsync().ConfigureAwait(false);
        await _source.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Packetizes and queues one unit (and the sender reports when due); false when the viewer was dropped.</summary>
    private bool Send(int track, AccessUnit unit)
    {
        _packets.Clear();
        _packetizers[track].Packetize(unit, _packets);
        _sent[track] = true;
        foreach (var packet in _packets)
        {
            if (!_viewer.TryDeliver(track, rtcp: false, packet))
            {
                return false;
            }
        }

        var now = _time.GetTimestamp();
        if (_time.GetElapsedTime(_lastReport, now) >= SenderReportInterval)
        {
            _lastReport = now;
            SendRtcp(p => p.SenderReport());
        }

        return true;
    }

    private void SendRtcp(Func<ITrackPacketizer, byte[]?> build)
    {
        for (var i = 0; i < _packetizers.Length; i++)
        {
            if (_sent[i] && build(_packetizers[i]) is { } packet)
            {
                _viewer.TryDeliver(i, rtcp: true, packet);
            }
        }
    }

    /// <summary>A failing source ends the session with a logged reason instead of a silent stall.</summary>
    private async Task GuardAsync(Task run)
    {
        try
        {
            await run.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ServerLog.PlaybackFailed(_logger, ex, _viewer.Id);
            _onEnded("playback failed: " + ex.Message);
        }
    }

    /// <summary>
    /// Sends every unit due (decoding time ÷ Scale after the start, minus a small lead) at each tick of the pacing
    /// timer; ends at the end of the content, when the viewer is dropped, or when paused.
    /// </summary>
    private async Task RunAsync(PeriodicTimer timer, long baseWall, CancellationToken cancellationToken)
    {
        using var _ = timer;
        await Task.Yield();
        var frequency = _time.TimestampFrequency;
        var leadTicks = (long)(Lead.TotalSeconds * frequency);
        double? baseMedia = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = _time.GetTimestamp();
            while (true)
            {
                if (_pending is null)
                {
                    if (_atEnd)
                    {
                        break;
                    }

                    _pending = await _source.ReadAsync(cancellationToken).ConfigureAwait(false);
                    if (_pending is null)
                    {
                        _atEnd = true;
                        break;
                    }
                }

                var (track, unit) = _pending.Value;
                if ((uint)track >= (uint)_packetizers.Length)
                {
                    _pending = null;
                    continue;
                }

                var mediaSeconds = (double)unit.Dts / _clockRates[track];
                baseMedia ??= mediaSeconds;
                var dueTicks = baseWall + (long)((mediaSeconds - baseMedia.Value) / Scale * frequency);
                if (dueTicks > now + leadTicks)
                {
                    break;
                }

                _pending = null;
                if (!Send(track, unit))
                {
                    ServerLog.PlaybackViewerDropped(_logger, _viewer.Id);
                    return;
                }
            }

            if (_atEnd || !await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        if (_atEnd)
        {
            // the viewer learns the end from an RTCP BYE per track; the session stays until TEARDOWN or timeout
            SendRtcp(p => p.Goodbye("end of content"));
            ServerLog.PlaybackEnded(_logger, _viewer.Id);
            _onEnded("end of content");
        }
    }
}
