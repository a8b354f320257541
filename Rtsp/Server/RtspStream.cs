using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>
/// A live stream served to any number of viewers: a producer (camera client, simulator, test) calls
/// <see cref="Push"/> with access units; each unit is packetized once into shared immutable RTP packets
/// that are fanned out to every viewer's bounded send queue. A viewer that falls behind is dropped
/// without delaying the producer or the other viewers. The packets since the latest video keyframe are
/// kept (GOP cache) so a new viewer starts on that keyframe, parameter sets first, with the same
/// continuous RTP timestamps as everyone else. RTCP sender reports go out per track every few seconds.
/// </summary>
/// <remarks>Return the same instance from <see cref="IRtspPathResolver"/> for every viewer of the path;
/// call <see cref="Complete"/> when the upstream is gone for good (viewers are then disconnected).</remarks>
public sealed partial class RtspStream : RtspMediaSource
{
    private readonly Lock _gate = new();
    private readonly LiveTrack[] _tracks;
    private readonly int _videoTrack;
    private readonly GopCache _gop;
    private readonly RtspStreamOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<ReadOnlyMemory<byte>> _packets = [];
    private readonly List<ReadOnlyMemory<byte>> _gopRun = [];
    private readonly long _senderReportTicks;
    private StreamViewerSlot[] _viewers = new StreamViewerSlot[8];
    private int _viewerCount;
    private MediaTrack[] _trackSnapshot;
    private bool _ended;
    private long _droppedViewers;
    private long _pushedUnits;
    private long _lastPushTimestamp;

    /// <summary>A stream of <paramref name="tracks"/> (codec parameters known; indexes 0..n-1 in order).</summary>
    public RtspStream(IReadOnlyList<MediaTrack> tracks, RtspStreamOptions? options = null, TimeProvider? timeProvider = null, ILogger<RtspStream>? logger = null)
        : this(tracks, options ?? new RtspStreamOptions(), timeProvider ?? TimeProvider.System, logger ?? (ILogger)NullLogger.Instance, null)
    {
    }

    internal RtspStream(IReadOnlyList<MediaTrack> tracks, RtspStreamOptions options, TimeProvider time, ILogger logger, Func<MediaTrack, int, ITrackPacketizer>? packetizers)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        if (tracks.Count == 0)
        {
            throw new ArgumentException("a stream needs at least one track", nameof(tracks));
        }

        _options = options;
        _time = time;
        _logger = logger;
        _gop = new GopCache(options.GopCacheMaxPackets, options.GopCacheMaxBytes);
        _senderReportTicks = (long)(options.SenderReportInterval.TotalSeconds * time.TimestampFrequency);
        _tracks = new LiveTrack[tracks.Count];
        _videoTrack = -1;
        var create = packetizers ?? ((t, pt) => TrackPacketizers.Create(t, pt, options.MaxPacketSize, time));
        for (var i = 0; i < tracks.Count; i++)
        {
            var track = tracks[i] with { Index = i };
            _tracks[i] = new LiveTrack(track, create(track, TrackPacketizers.PayloadType(track, i)));
            if (_videoTrack < 0 && track.Codec is CodecId.H264 or CodecId.H265)
            {
                _videoTrack = i;
            }
        }

        _trackSnapshot = [.. _tracks.Select(t => t.Track)];
    }

    /// <summary>The tracks, with the latest parameter sets seen in band.</summary>
    public override IReadOnlyList<MediaTrack> Tracks
    {
        get
        {
            lock (_gate)
            {
                return _trackSnapshot;
            }
        }
    }

    /// <summary>Viewers currently attached.</summary>
    public int ViewerCount
    {
        get
        {
            lock (_gate)
            {
                return _viewerCount;
            }
        }
    }

    /// <summary>Viewers dropped so far because they could not keep up.</summary>
    public long DroppedViewers => Interlocked.Read(ref _droppedViewers);

    /// <summary>Access units pushed so far.</summary>
    public long PushedUnits => Interlocked.Read(ref _pushedUnits);

    /// <summary>True once <see cref="Complete"/> was called.</summary>
    public bool IsCompleted
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    /// <summary>The payload type of a track in the SDP and RTP packets.</summary>
    internal int PayloadType(int trackIndex) => _tracks[trackIndex].Packetizer.PayloadType;

    /// <summary>The RTP SSRC of a track.</summary>
    internal uint Ssrc(int trackIndex) => _tracks[trackIndex].Packetizer.Ssrc;

    /// <summary>The RTP timestamp viewers see for a presentation time of a track (for latency measurements).</summary>
    internal uint RtpTime(int trackIndex, long pts)
    {
        lock (_gate)
        {
            return _tracks[trackIndex].Packetizer.ToRtpTime(pts);
        }
    }

    /// <summary>
    /// Packetizes one access unit of track <paramref name="trackIndex"/> and queues it to every viewer.
    /// Never waits for a viewer. Units pushed after <see cref="Complete"/> are ignored.
    /// </summary>
    public void Push(int trackIndex, AccessUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentOutOfRangeException.ThrowIfNegative(trackIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trackIndex, _tracks.Length);
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            var track = _tracks[trackIndex];
            if (trackIndex == _videoTrack && unit.IsKeyframe)
            {
                unit = WithParameterSets(trackIndex, unit);
                _gop.StartGop();
                StartWaitingViewers();
            }

            _packets.Clear();
            track.Packetizer.Packetize(unit, _packets);
            track.HasSent = true;
            if (_videoTrack >= 0)
            {
                for (var i = 0; i < _packets.Count; i++)
                {
                    _gop.Add(trackIndex, _packets[i]);
                }
            }

            FanAll(trackIndex, _packets);

            _pushedUnits++;
            _lastPushTimestamp = _time.GetTimestamp();
            MaybeSendSenderReport(trackIndex, track, _lastPushTimestamp);
        }
    }

    /// <summary>Ends the stream: every viewer is told and disconnected; later pushes are ignored.</summary>
    public void Complete(string reason = "stream ended")
    {
        StreamViewerSlot[] viewers;
        lock (_gate)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            SendGoodbyes(reason);

            viewers = _viewers[.._viewerCount];
            Array.Clear(_viewers);
            _viewerCount = 0;
            _gop.Invalidate();
        }

        StreamLog.StreamCompleted(_logger, reason, viewers.Length);
        foreach (var slot in viewers)
        {
            slot.Viewer.OnStreamEnded(reason);
        }
    }
}
