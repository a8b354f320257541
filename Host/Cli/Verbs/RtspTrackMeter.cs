using Vms.Rtsp.Media;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// Measures one track of a pulled stream from its access units: frame count, bytes, two frame rates — frames that
/// arrived per second of media time, and the encoder's rate from the median timestamp step (the two differ when the
/// camera skips frames) —, bit rate, keyframe spacing in media time (median, the first spacing left out), and the picture size from the SPS (the SDP's,
/// replaced by any in-band one). Keeps at most <see cref="MaxSamples"/> timestamps.
/// </summary>
internal sealed class RtspTrackMeter
{
    public const int MaxSamples = 100_000;

    private readonly MediaTrack _track;
    private readonly List<long> _keyframePts = [];
    private readonly List<long> _steps = [];
    private long _firstPts;
    private long _lastPts;
    private long _bytes;
    private byte[]? _inBandSps;

    public RtspTrackMeter(MediaTrack track) => _track = track;

    public long Frames { get; private set; }

    public void Add(AccessUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Frames == 0)
        {
            _firstPts = unit.Pts;
        }
        else if (unit.Pts > _lastPts && _steps.Count < MaxSamples)
        {
            _steps.Add(unit.Pts - _lastPts);
        }

        _lastPts = Math.Max(_lastPts, unit.Pts);
        _bytes += unit.ByteLength;
        if (unit.IsKeyframe && _keyframePts.Count < MaxSamples)
        {
            _keyframePts.Add(unit.Pts);
        }

        foreach (var nal in unit.NalUnits)
        {
            var isSps = unit.Codec switch
            {
                CodecId.H264 => H264NalUnit.TypeOf(nal.Span) == H264NalUnitType.Sps,
                CodecId.H265 => !nal.IsEmpty && H265NalUnit.TypeOf(nal.Span) == H265NalUnitType.Sps,
                _ => false,
            };
            if (isSps)
            {
                _inBandSps = nal.ToArray();
            }
        }

        Frames++;
    }

    public RtspProbeTrack Result(int lostPackets)
    {
        var clock = Math.Max(1, _track.ClockRate);
        var span = Frames > 1 ? (_lastPts - _firstPts) / (double)clock : 0;
        double? fps = span > 0 ? (Frames - 1) / span : null;
        double? nominal = _steps.Count > 0 ? clock / (double)_steps.Order().ElementAt(_steps.Count / 2) : null;
        var seconds = span > 0 ? span * Frames / (Frames - 1) : 0;   // N frames cover N frame durations
        double? kbps = seconds > 0 ? _bytes * 8 / seconds / 1000 : null;
        double? gopSeconds = KeyframeSpacing() is { } ticks ? ticks / (double)clock : null;
        var (profile, width, height, spsFps) = Describe();
        return new RtspProbeTrack(
            _track.Index,
            _track.Kind.ToString().ToLowerInvariant(),
            _track.Codec.ToString(),
            profile,
            width,
            height,
            spsFps is { } s ? Math.Round(s, 3) : null,
            fps is { } m ? Math.Round(m, 2) : null,
            nominal is { } n ? Math.Round(n, 2) : null,
            kbps is { } k ? Math.Round(k, 1) : null,
            Frames,
            _keyframePts.Count,
            gopSeconds is { } g && (nominal ?? fps) is { } rate ? Math.Round(g * rate, 1) : null,
            gopSeconds is { } g2 ? Math.Round(g2, 2) : null,
            lostPackets);
    }

    /// <summary>Median keyframe-to-keyframe distance in clock ticks; the first one is left out when there are others
    /// (many cameras send an extra keyframe to a new viewer, which shortens it).</summary>
    private long? KeyframeSpacing()
    {
        var spacings = _keyframePts.Zip(_keyframePts.Skip(1), (a, b) => b - a).ToList();
        if (spacings.Count > 1)
        {
            spacings.RemoveAt(0);
        }

        return spacings.Count == 0 ? null : spacings.Order().ElementAt(spacings.Count / 2);
    }

    private (string? Profile, int? Width, int? Height, double? Fps) Describe()
    {
        switch (_track.Parameters)
        {
            case H264Parameters h264 when H264SpsParser.TryParse(_inBandSps ?? h264.Sps, out var sps) || H264SpsParser.TryParse(h264.Sps, out sps):
                return (H264ProfileName(sps.ProfileIdc, sps.ConstraintFlags) + $" level {sps.LevelIdc / 10.0:0.#}", sps.Width, sps.Height, sps.FrameRate);
            case H265Parameters h265 when H265SpsParser.TryParse(_inBandSps ?? h265.Sps, out var sps) || H265SpsParser.TryParse(h265.Sps, out sps):
                return ($"profile {sps.GeneralProfileIdc} level {sps.GeneralLevelIdc / 30.0:0.#}", sps.Width, sps.Height, sps.FrameRate);
            default:
                return (null, null, null, null);
        }
    }

    private static string H264ProfileName(int profileIdc, byte constraints) => profileIdc switch
    {
        66 when (constraints & 0x40) != 0 => "Constrained Baseline",
        66 => "Baseline",
        77 => "Main",
        88 => "Extended",
        100 => "High",
        110 => "High 10",
        122 => "High 4:2:2",
        244 => "High 4:4:4",
        _ => $"profile {profileIdc}",
    };
}
