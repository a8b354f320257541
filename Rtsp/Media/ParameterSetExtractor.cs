using System.Diagnostics.CodeAnalysis;

namespace Vms.Rtsp.Media;

/// <summary>
/// Follows the in-band parameter sets of one H.264 or H.265 track: looks at each access unit's NAL units and, when
/// they carry an SPS/PPS (and VPS) different from the current ones, returns the new <see cref="CodecParameters"/>.
/// Cameras often announce nothing (or stale sets) in SDP and send the real ones before each keyframe.
/// </summary>
/// <remarks>
/// A set is taken only when complete: an SPS that parses, plus a PPS (and for H.265 a VPS), coming either from the
/// same access unit or from the current parameters. Nothing is allocated while the sets do not change. Not
/// thread-safe: one instance per track, fed in stream order.
/// </remarks>
public sealed class ParameterSetExtractor
{
    private byte[]? _vps;
    private byte[]? _sps;
    private byte[]? _pps;

    public ParameterSetExtractor(CodecId codec, CodecParameters? initial = null)
    {
        if (codec is not (CodecId.H264 or CodecId.H265))
        {
            throw new ArgumentException($"parameter sets exist for H.264 and H.265 only, not {codec}", nameof(codec));
        }

        Codec = codec;
        switch (initial)
        {
            case H264Parameters h264 when codec == CodecId.H264:
                (_sps, _pps) = (h264.Sps, h264.Pps);
                Current = IsUsable(h264.Sps, h264.Pps) ? h264 : null;
                break;
            case H265Parameters h265 when codec == CodecId.H265:
                (_vps, _sps, _pps) = (h265.Vps, h265.Sps, h265.Pps);
                Current = IsUsable(h265.Sps, h265.Pps) && h265.Vps.Length > 0 ? h265 : null;
                break;
            case null:
                break;
            default:
                throw new ArgumentException($"initial parameters are {initial.Codec}, the track is {codec}", nameof(initial));
        }
    }

    public CodecId Codec { get; }

    /// <summary>The latest complete parameters (null until both an SPS and a PPS are known).</summary>
    public CodecParameters? Current { get; private set; }

    /// <summary>Looks at the NAL units of <paramref name="accessUnit"/>; see <see cref="TryUpdate(IReadOnlyList{ReadOnlyMemory{byte}}, out CodecParameters?)"/>.</summary>
    public bool TryUpdate(AccessUnit accessUnit, [NotNullWhen(true)] out CodecParameters? updated)
    {
        ArgumentNullException.ThrowIfNull(accessUnit);
        return TryUpdate(accessUnit.NalUnits, out updated);
    }

    /// <summary>True, with the new parameters, when <paramref name="nalUnits"/> change them.</summary>
    public bool TryUpdate(IReadOnlyList<ReadOnlyMemory<byte>> nalUnits, [NotNullWhen(true)] out CodecParameters? updated)
    {
        ArgumentNullException.ThrowIfNull(nalUnits);
        updated = null;
        ReadOnlyMemory<byte> vps = default, sps = default, pps = default;
        for (var i = 0; i < nalUnits.Count; i++)
        {
            var nal = nalUnits[i];
            if (nal.IsEmpty)
            {
                continue;
            }

            if (Codec == CodecId.H264)
            {
                switch (H264NalUnit.TypeOf(nal.Span[0]))
                {
                    case H264NalUnitType.Sps:
                        sps = nal;
                        break;
                    case H264NalUnitType.Pps:
                        pps = nal;
                        break;
                }
            }
            else
            {
                switch (H265NalUnit.TypeOf(nal.Span[0]))
                {
                    case H265NalUnitType.Vps:
                        vps = nal;
                        break;
                    case H265NalUnitType.Sps:
                        sps = nal;
                        break;
                    case H265NalUnitType.Pps:
                        pps = nal;
                        break;
                }
            }
        }

        if (sps.IsEmpty && pps.IsEmpty && vps.IsEmpty)
        {
            return false;
        }

        if (!sps.IsEmpty && !ParsesAsSps(sps.Span))
        {
            sps = default; // a damaged SPS never replaces a good one
        }

        var changed = Differs(_sps, sps) || Differs(_pps, pps) || (Codec == CodecId.H265 && Differs(_vps, vps));
        if (!changed)
        {
            return false;
        }

        if (!sps.IsEmpty)
        {
            _sps = Differs(_sps, sps) ? sps.ToArray() : _sps;
        }

        if (!pps.IsEmpty)
        {
            _pps = Differs(_pps, pps) ? pps.ToArray() : _pps;
        }

        if (!vps.IsEmpty && Codec == CodecId.H265)
        {
            _vps = Differs(_vps, vps) ? vps.ToArray() : _vps;
        }

        if (_sps is null || _pps is null || (Codec == CodecId.H265 && _vps is null))
        {
            return false;
        }

        CodecParameters next = Codec == CodecId.H264 ? new H264Parameters(_sps, _pps) : new H265Parameters(_vps!, _sps, _pps);
        if (next.Equals(Current))
        {
            return false;
        }

        Current = next;
        updated = next;
        return true;
    }

    private static bool Differs(byte[]? current, ReadOnlyMemory<byte> candidate) =>
        !candidate.IsEmpty && (current is null || !candidate.Span.SequenceEqual(current));

    private bool ParsesAsSps(ReadOnlySpan<byte> sps) =>
        Codec == CodecId.H264 ? H264SpsParser.TryParse(sps, out _) : H265SpsParser.TryParse(sps, out _);

    private bool IsUsable(byte[] sps, byte[] pps) => sps.Length > 0 && pps.Length > 0 && ParsesAsSps(sps);
}
