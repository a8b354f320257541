using Vms.Rtsp.Media;

namespace Vms.Host.Cli.Verbs;

/// <summary>
/// Measures one track of a pulled stream from its access units: frame count, bytes, frame rate from the media
/// timestamps, bit rate, keyframe spacing, and the picture size from the SPS (the SDP's, replaced by any in-band one).
/// </summary>
internal sealed class RtspTrackMeter
{
    private readonly MediaTrack _track;
    private readonly List<long> _keyframeIndices = [];
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

        _lastPts = Math.Max(_lastPts, unit.Pts);
        _bytes += unit.ByteLength;
        if (unit.IsKeyframe)
        {
            _keyframeIndices.Add(Frames);
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
        var seconds = fps is { } f ? Frames / f : 0;   // N frames cover N frame durations
        double? kbps = seconds > 0 ? _bytes * 8 / seconds / 1000 : null;
        double? gopFrames = _keyframeIndices.Count > 1
            ? (_keyframeIndices[^1] - _keyframeIndices[0]) / (double)(_keyframeIndices.Count - 1)
            : null;
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
            kbps is { } k ? Math.Round(k, 1) : null,
            Frames,
            _keyframeIndices.Count,
            gopFrames is { } g ? Math.Round(g, 1) : null,
            gopFrames is { } g2 && fps is { } f2 ? Math.Round(g2 / f2, 2) : null,
            lostPackets);
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
