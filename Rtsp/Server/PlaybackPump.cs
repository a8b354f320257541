using Microsoft.Extensions.Logging;
using Vms.Rtsp.Media;
using Vms.Rtsp.Rtp;

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
    private readonly Func<bool> _hasRoom;
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
    private bool _started;
    private (PeriodicTimer Timer, long BaseWall)? _armed;
    private bool _atRangeEnd;

    // ONVIF replay (null for a plain playback): the flags of each unit and the packets rewritten with the extension
    private ReplaySequencer? _replay;
    private PacketSlab? _replaySlab;

    public PlaybackPump(
        IRtspPlaybackSource source,
        IStreamViewer viewer,
        Func<MediaTrack, int, ITrackPacketizer> packetizers,
        TimeProvider time,
        ILogger logger,
        Action<string> onEnded,
        Func<bool>? hasRoom = null)
    {
        _hasRoom = hasRoom ?? (() => true);
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

    /// <summary>The replay settings of the last PLAY, or null when the session is not an ONVIF replay.</summary>
    public ReplaySettings? Replay => _replay?.Settings;

    /// <summary>
    /// Makes this an ONVIF replay (every RTP packet carries the replay header extension) with the settings of the
    /// PLAY about to start; call while paused, before <see cref="PrepareAsync"/>.
    /// </summary>
    public void SetReplay(ReplaySettings settings)
    {
        if (_run is not null)
        {
            throw new InvalidOperationException("pause the pump before changing the replay settings");
        }

        _replay ??= new ReplaySequencer(_source.Tracks);
        _replaySlab ??= new PacketSlab();
        _replay.Settings = settings;
    }

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
            _atRangeEnd = false;
            if (_started)
            {
                _replay?.Jump(); // the viewer sees the new position as a discontinuity
            }
        }

        if (_pending is null && !_atEnd)
        {
            _pending = await _source.ReadAsync(cancellationToken).ConfigureAwait(false);
            _atEnd = _pending is null;
        }

        var starts = new TrackStart[_packetizers.Length];
        // a replay sends the units it holds back first
        var first = _replay?.FirstHeld is { } held ? ((int, AccessUnit)?)held : _pending is { } p ? (p.TrackIndex, p.Unit) : null;
        if (first is var (firstTrack, firstUnit))
        {
            // every track's timestamps count from the same origin, so the first unit's time maps to all clocks
            var seconds = (double)firstUnit.Dts / _clockRates[firstTrack];
            for (var i = 0; i < starts.Length; i++)
            {
                var pts = i == firstTrack ? firstUnit.Pts : (long)(seconds * _clockRates[i]);
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

        Arm();
        var (timer, baseWall) = _armed!.Value;
        _armed = null;
        _run = new CancellationTokenSource();
        _started = true;
        _loop = GuardAsync(RunAsync(timer, baseWall, _run.Token));
    }

    /// <summary>
    /// Creates the pacing timer and takes the start time now: called before the PLAY response leaves, so a client
    /// that reads it and moves the clock at once cannot make the start later than that response.
    /// </summary>
    public void Arm()
    {
        if (_run is null && _armed is null)
        {
            _armed = (new PeriodicTimer(TickPeriod, _time), _time.GetTimestamp());
        }
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
        _armed?.Timer.Dispose();
        _armed = null;
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

        return SendReportIfDue();
    }

    /// <summary>Sends a unit; in a replay, hands it to the sequencer and sends the unit it releases (if <c>Frames</c> wants it).</summary>
    private bool SendOrHold(in RtspPlaybackUnit pending)
    {
        if (_replay is not { } replay)
        {
            return Send(pending.TrackIndex, pending.Unit);
        }

        if (!replay.Wants(pending.TrackIndex, pending.Unit))
        {
            if (pending.FollowsGap)
            {
                replay.NoteGap(); // the next unit sent still follows the gap
            }

            return true;
        }

        return replay.Offer(pending.TrackIndex, pending.Unit, pending.FollowsGap) is not { } released || Send(released, replay.Settings.CSeq);
    }

    /// <summary>Sends one replay unit: every packet carries the replay extension (C, D on the first packet; E, T on the last).</summary>
    private bool Send(in ReplayUnit replay, byte cseq)
    {
        _packets.Clear();
        var track = replay.Track;
        var unit = replay.Unit;
        _packetizers[track].Packetize(unit, _packets);
        _sent[track] = true;
        var ntp = OnvifReplayExtension.TimeOf(unit.WallClock);
        var slab = _replaySlab!;
        for (var i = 0; i < _packets.Count; i++)
        {
            var packet = _packets[i];
            var first = i == 0;
            var last = i == _packets.Count - 1;
            var extension = new OnvifReplayExtension(ntp, first && unit.IsKeyframe, last && replay.EndOfSection, first && replay.Discontinuity, last && replay.Terminal, cseq);
            var length = packet.Length + OnvifReplayExtension.WireLength;
            var written = extension.InsertInto(packet.Span, slab.GetMemory(length).Span);
            if (!_viewer.TryDeliver(track, rtcp: false, slab.Commit(written)))
            {
                return false;
            }
        }

        // without rate control the sender reports' times would be meaningless: none are sent (ONVIF allows it)
        return !_replay!.Settings.RateControl || SendReportIfDue();
    }

    private bool SendReportIfDue()
    {
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

                var pending = _pending.Value;
                var (track, unit) = pending;
                if ((uint)track >= (uint)_packetizers.Length)
                {
                    _pending = null;
                    continue;
                }

                if (_replay?.IsPastEnd(unit) == true)
                {
                    _pending = null;
                    _atEnd = true; // the end of the requested clock range, not of the footage
                    _atRangeEnd = true;
                    break;
                }

                if (_replay?.Settings.RateControl == false)
                {
                    // as fast as the transport drains: only the viewer's backlog holds the next unit back
                    if (!_hasRoom())
                    {
                        break;
                    }
                }
                else
                {
                    var mediaSeconds = (double)unit.Dts / _clockRates[track];
                    baseMedia ??= mediaSeconds;
                    var dueTicks = baseWall + (long)((mediaSeconds - baseMedia.Value) / Scale * frequency);
                    if (dueTicks > now + leadTicks)
                    {
                        break;
                    }
                }

                _pending = null;
                if (!SendOrHold(pending))
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
            if (_replay is { } replay)
            {
                // the units held back are the last ones: E (end of the footage) and T (terminal)
                foreach (var last in replay.Flush(endOfFootage: !_atRangeEnd))
                {
                    if (!Send(last, replay.Settings.CSeq))
                    {
                        ServerLog.PlaybackViewerDropped(_logger, _viewer.Id);
                        return;
                    }
                }
            }

            // the viewer learns the end from an RTCP BYE per track (and in a replay from the T flag; without rate
            // control no RTCP is sent); the session stays until TEARDOWN or timeout
            if (_replay?.Settings.RateControl != false)
            {
                SendRtcp(p => p.Goodbye("end of content"));
            }

            ServerLog.PlaybackEnded(_logger, _viewer.Id);
            _onEnded("end of content");
        }
    }
}
