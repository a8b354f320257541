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
    private readonly uint[] _offsets;
    private readonly int[] _clockRates;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<string> _onEnded;
    private readonly List<ReadOnlyMemory<byte>> _packets = [];
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
        _offsets = new uint[tracks.Count];
        _clockRates = new int[tracks.Count];
        for (var i = 0; i < tracks.Count; i++)
        {
            _packetizers[i] = packetizers(tracks[i], TrackPacketizers.PayloadType(tracks[i], i));
            _offsets[i] = (uint)Random.Shared.Next();
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
                starts[i] = new TrackStart(_packetizers[i].NextSequence, unchecked((uint)pts + _offsets[i]));
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
        _loop = RunAsync(_run.Token);
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

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var frequency = _time.TimestampFrequency;
        var baseWall = _time.GetTimestamp();
        double? baseMedia = null;
        while (!cancellationToken.IsCancellationRequested)
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
            var wait = _time.GetElapsedTime(_time.GetTimestamp(), dueTicks) - Lead;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            _packets.Clear();
            _packetizers[track].Packetize(unit, unchecked((uint)unit.Pts + _offsets[track]), _packets);
            _pending = null;
            foreach (var packet in _packets)
            {
                if (!_viewer.TryDeliver(track, rtcp: false, packet))
                {
                    ServerLog.PlaybackViewerDropped(_logger, _viewer.Id);
                    return;
                }
            }
        }

        if (_atEnd)
        {
            ServerLog.PlaybackEnded(_logger, _viewer.Id);
            _onEnded("end of content");
        }
    }
}
