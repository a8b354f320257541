using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Rtcp;

namespace Vms.Rtsp.Rtp;

/// <summary>
/// Receives one track: RTP packets go through the sequence tracker, the reorder window and the depacketizer; RTCP
/// sender reports feed the wall-clock mapping; complete access units (PTS unwrapped, wall clock from sender reports
/// or arrival time) go to the output; in-band parameter set changes are followed. It also writes the receiver
/// reports the session sends back.
/// </summary>
/// <remarks>
/// <para>Buffer ownership: the packets given to <see cref="OnRtpPacket"/> and <see cref="OnRtcpPacket"/> are only
/// read during the call (the caller reuses its receive buffer at once); packets waiting in the reorder window are
/// copied into pooled buffers; access units own their bytes.</para>
/// <para>Thread-safe: RTP and RTCP may come from two loops (UDP). The output callback runs under the receiver's lock
/// and must not block (a bounded channel's TryWrite is the intended use).</para>
/// </remarks>
public sealed partial class RtpTrackReceiver : IDisposable
{
    private readonly Lock _gate = new();
    private readonly RtpTrackReceiverOptions _options;
    private readonly ILogger _logger;
    private readonly Action<AccessUnit>? _onAccessUnit;
    private readonly ChannelWriter<AccessUnit>? _channel;
    private readonly RtpSequenceTracker _tracker;
    private readonly RtpReorderBuffer _reorder;
    private readonly IRtpDepacketizer _depacketizer;
    private readonly ParameterSetExtractor? _parameterSets;
    private readonly RtcpReceiverReportBuilder _reports;
    private readonly List<AccessUnit> _ready = new(4);
    private uint _ssrc;
    private bool _haveSsrc;
    private int _pendingLoss;
    private long _invalid;
    private long _rejected;
    private long _rtcp;
    private long _invalidRtcp;
    private long _senderReports;
    private long _sourceChanges;
    private long _outputFull;
    private WallClockSource _lastSource;

    /// <summary>Delivers access units to <paramref name="onAccessUnit"/>.</summary>
    public RtpTrackReceiver(MediaTrack track, Action<AccessUnit> onAccessUnit, RtpTrackReceiverOptions? options = null, ILogger? logger = null)
        : this(track, options, logger)
    {
        ArgumentNullException.ThrowIfNull(onAccessUnit);
        _onAccessUnit = onAccessUnit;
    }

    /// <summary>Writes access units to <paramref name="output"/> (TryWrite; a full channel drops and counts).</summary>
    public RtpTrackReceiver(MediaTrack track, ChannelWriter<AccessUnit> output, RtpTrackReceiverOptions? options = null, ILogger? logger = null)
        : this(track, options, logger)
    {
        ArgumentNullException.ThrowIfNull(output);
        _channel = output;
    }

    private RtpTrackReceiver(MediaTrack track, RtpTrackReceiverOptions? options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(track);
        Track = track;
        _options = options ?? new RtpTrackReceiverOptions();
        _logger = logger ?? NullLogger.Instance;
        Parameters = track.Parameters;
        WallClock = new WallClockMapper(track.ClockRate);
        _tracker = new RtpSequenceTracker(track.ClockRate, _options.MinSequential);
        _reorder = new RtpReorderBuffer(_options.ReorderCapacity, _options.ReorderDelay, OnReleased);
        _depacketizer = track.Parameters switch
        {
            H264Parameters => new Payloads.H264.H264Depacketizer(WallClock, _options.MaxAccessUnitSize),
            H265Parameters => new Payloads.H265.H265Depacketizer(WallClock, _options.MaxAccessUnitSize),
            _ => RtpPayloadFormats.CreateDepacketizer(track.Parameters, WallClock),
        };
        if (track.Codec is CodecId.H264 or CodecId.H265)
        {
            _parameterSets = new ParameterSetExtractor(track.Codec, track.Parameters);
        }

        var localSsrc = _options.LocalSsrc ?? (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
        _reports = new RtcpReceiverReportBuilder(localSsrc, _options.CanonicalName);
    }

    /// <summary>Raised (under the receiver's lock) when the stream's in-band parameter sets change.</summary>
    public event Action<CodecParameters>? ParametersChanged;

    public MediaTrack Track { get; }

    /// <summary>The latest codec parameters: from SDP, then from the stream's own parameter sets.</summary>
    public CodecParameters Parameters { get; private set; }

    /// <summary>The wall-clock mapping of this track (fed by its sender reports).</summary>
    public WallClockMapper WallClock { get; }

    /// <summary>Our SSRC in receiver reports.</summary>
    public uint LocalSsrc => _reports.LocalSsrc;

    /// <summary>Takes one RTP packet (an RTCP packet sent on the RTP channel is passed to <see cref="OnRtcpPacket"/>).</summary>
    public void OnRtpPacket(ReadOnlyMemory<byte> data, DateTimeOffset arrival)
    {
        if (RtpPacket.LooksLikeRtcp(data.Span))
        {
            OnRtcpPacket(data, arrival);
            return;
        }

        lock (_gate)
        {
            if (!RtpPacket.TryParse(data, out var packet, out var error))
            {
                _invalid++;
                LogInvalidPacket(error);
                return;
            }

            if (_options.PayloadType is { } pt && packet.PayloadType != pt)
            {
                _invalid++;
                return;
            }

            if (!AcceptSource(packet.Ssrc))
            {
                _invalid++;
                return;
            }

            switch (_tracker.Update(packet.SequenceNumber, out var extended))
            {
                case RtpSequenceStatus.Probation:
                case RtpSequenceStatus.Rejected:
                    _rejected++;
                    return;
                case RtpSequenceStatus.Restarted:
                    // the sender restarted its sequence: whatever waits is from before, and the picture in progress is broken
                    _sourceChanges++;
                    LogSequenceRestarted(packet.SequenceNumber);
                    _reorder.Flush();
                    _reorder.Reset();
                    _pendingLoss = 1;
                    break;
            }

            _tracker.UpdateJitter(packet.Timestamp, arrival);
            _reorder.Push(extended, packet, arrival);
            Deliver();
        }
    }

    /// <summary>Takes one RTCP compound packet: sender reports feed the wall-clock mapping.</summary>
    public void OnRtcpPacket(ReadOnlyMemory<byte> data, DateTimeOffset arrival)
    {
        if (!RtcpCompoundPacket.TryParse(data.Span, out var compound, out var error))
        {
            lock (_gate)
            {
                _invalidRtcp++;
            }

            LogInvalidRtcp(error);
            return;
        }

        lock (_gate)
        {
            _rtcp++;
            foreach (var packet in compound.Packets)
            {
                if (packet is RtcpSenderReport sr && IsOurSource(sr.Ssrc) && WallClock.OnSenderReport(sr, arrival))
                {
                    _senderReports++;
                }
                else if (packet is RtcpGoodbye bye && _haveSsrc && bye.Ssrcs.Contains(_ssrc))
                {
                    LogGoodbye(_ssrc, bye.Reason);
                }
            }
        }
    }

    /// <summary>Lets time pass: releases packets that waited their <see cref="RtpTrackReceiverOptions.ReorderDelay"/>.</summary>
    public void Tick(DateTimeOffset now)
    {
        lock (_gate)
        {
            _reorder.Tick(now);
            Deliver();
        }
    }

    /// <summary>End of stream: releases waiting packets and the access unit in progress when it is complete.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            _reorder.Flush();
            _depacketizer.Flush(_ready);
            Deliver();
        }
    }

    public RtpTrackReceiverStatistics GetStatistics()
    {
        lock (_gate)
        {
            return new RtpTrackReceiverStatistics(
                _ssrc,
                _tracker.GetStatistics(),
                _depacketizer.Statistics,
                _invalid,
                _rejected,
                _reorder.Dropped,
                _reorder.Reordered,
                _rtcp,
                _invalidRtcp,
                _senderReports,
                _sourceChanges,
                _outputFull,
                _lastSource);
        }
    }

    /// <summary>
    /// The receiver report (RR with one block once packets arrived, then SDES CNAME) for <paramref name="now"/>; closes
    /// the report interval for the fraction lost.
    /// </summary>
    public RtcpCompoundPacket CreateReceiverReport(DateTimeOffset now)
    {
        lock (_gate)
        {
            IReadOnlyList<RtcpReportBlock> blocks = _haveSsrc && _tracker.IsStarted
                ? [RtcpReceiverReportBuilder.CreateReportBlock(_ssrc, _tracker, WallClock.LastSenderReport, now)]
                : [];
            return _reports.Build(blocks);
        }
    }

    /// <summary>Writes <see cref="CreateReceiverReport"/> into <paramref name="destination"/>; returns its length.</summary>
    public int WriteReceiverReport(Span<byte> destination, DateTimeOffset now)
    {
        var report = CreateReceiverReport(now);
        return report.Write(destination);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _reorder.Dispose();
        }
    }

    private bool IsOurSource(uint ssrc) => _haveSsrc ? ssrc == _ssrc : _options.ExpectedSsrc is not { } expected || ssrc == expected;

    private bool AcceptSource(uint ssrc)
    {
        if (_haveSsrc && ssrc == _ssrc)
        {
            return true;
        }

        if (_options.ExpectedSsrc is { } expected)
        {
            if (ssrc != expected)
            {
                return false;
            }
        }
        else if (_haveSsrc)
        {
            // a new source on this track (the camera restarted): start again from its packets
            _sourceChanges++;
            LogSourceChanged(_ssrc, ssrc);
            _reorder.Flush();
            _reorder.Reset();
            _depacketizer.Reset();
            WallClock.Reset();
            _tracker.Reset();
        }

        _ssrc = ssrc;
        _haveSsrc = true;
        return true;
    }

    private void OnReleased(in RtpPacket packet, long extendedSequence, int lostBefore, DateTimeOffset arrival)
    {
        var lost = lostBefore + _pendingLoss;
        _pendingLoss = 0;
        if (lost > 0)
        {
            LogLoss(lost, extendedSequence);
        }

        _depacketizer.Push(packet, lost, arrival, _ready);
    }

    private void Deliver()
    {
        for (var i = 0; i < _ready.Count; i++)
        {
            var au = _ready[i];
            if (_parameterSets is not null && au.IsKeyframe && _parameterSets.TryUpdate(au, out var updated))
            {
                Parameters = updated;
                LogParametersChanged(Track.Index, updated.Codec);
                ParametersChanged?.Invoke(updated);
            }

            _lastSource = au.WallClockSource;
            if (_onAccessUnit is not null)
            {
                _onAccessUnit(au);
            }
            else if (!_channel!.TryWrite(au))
            {
                _outputFull++;
            }
        }

        _ready.Clear();
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Trace, Message = "Invalid RTP packet: {Error}")]
    private partial void LogInvalidPacket(RtpParseError error);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Invalid RTCP packet: {Error}")]
    private partial void LogInvalidRtcp(RtcpParseError error);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "RTP source changed from SSRC {OldSsrc:X8} to {NewSsrc:X8}; reception restarts")]
    private partial void LogSourceChanged(uint oldSsrc, uint newSsrc);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "RTP sequence restarted at {Sequence}")]
    private partial void LogSequenceRestarted(ushort sequence);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Trace, Message = "{Lost} RTP packets lost before extended sequence {Sequence}")]
    private partial void LogLoss(int lost, long sequence);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Debug, Message = "Track {Track}: new in-band {Codec} parameter sets")]
    private partial void LogParametersChanged(int track, CodecId codec);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Debug, Message = "RTCP BYE from SSRC {Ssrc:X8}: {Reason}")]
    private partial void LogGoodbye(uint ssrc, string? reason);
}
