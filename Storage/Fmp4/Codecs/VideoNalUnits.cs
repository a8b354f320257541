using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Codecs;

/// <summary>NAL unit type tests for H.264 (§7.4.1, Table 7-1) and H.265 (§7.4.2.2, Table 7-1).</summary>
internal static class VideoNalUnits
{
    public const int H264Sps = 7;
    public const int H264Pps = 8;
    public const int H264Idr = 5;
    public const int H265Vps = 32;
    public const int H265Sps = 33;
    public const int H265Pps = 34;

    /// <summary>The NAL unit type of <paramref name="nal"/>, or -1 when it is too short.</summary>
    public static int TypeOf(CodecId codec, ReadOnlySpan<byte> nal) => codec switch
    {
        CodecId.H264 when nal.Length >= 1 => nal[0] & 0x1F,
        CodecId.H265 when nal.Length >= 2 => (nal[0] >> 1) & 0x3F,
        _ => -1,
    };

    /// <summary>True for a parameter set (H.264 SPS/PPS, H.265 VPS/SPS/PPS).</summary>
    public static bool IsParameterSet(CodecId codec, int type) => codec switch
    {
        CodecId.H264 => type is H264Sps or H264Pps,
        CodecId.H265 => type is H265Vps or H265Sps or H265Pps,
        _ => false,
    };

    /// <summary>
    /// The parameter sets carried in-band by <paramref name="nalUnits"/> (the first of each kind), or null when
    /// the unit does not carry a complete set.
    /// </summary>
    public static CodecParameters? InBandParameters(CodecId codec, IReadOnlyList<ReadOnlyMemory<byte>> nalUnits)
    {
        ReadOnlyMemory<byte> vps = default, sps = default, pps = default;
        for (var i = 0; i < nalUnits.Count; i++)
        {
            var nal = nalUnits[i];
            var type = TypeOf(codec, nal.Span);
            if (codec == CodecId.H264)
            {
                if (type == H264Sps && sps.IsEmpty)
                {
                    sps = nal;
                }
                else if (type == H264Pps && pps.IsEmpty)
                {
                    pps = nal;
                }
            }
            else if (codec == CodecId.H265)
            {
                if (type == H265Vps && vps.IsEmpty)
                {
                    vps = nal;
                }
                else if (type == H265Sps && sps.IsEmpty)
                {
                    sps = nal;
                }
                else if (type == H265Pps && pps.IsEmpty)
                {
                    pps = nal;
                }
            }
        }

        return codec switch
        {
            CodecId.H264 when !sps.IsEmpty && !pps.IsEmpty => new H264Parameters(sps.ToArray(), pps.ToArray()),
            CodecId.H265 when !vps.IsEmpty && !sps.IsEmpty && !pps.IsEmpty => new H265Parameters(vps.ToArray(), sps.ToArray(), pps.ToArray()),
            _ => null,
        };
    }

    /// <summary>
    /// True when the in-band parameter sets of <paramref name="nalUnits"/> (if any) equal those of
    /// <paramref name="current"/>; allocation-free, for the per-keyframe check of the write path.
    /// </summary>
    public static bool InBandMatches(CodecParameters current, IReadOnlyList<ReadOnlyMemory<byte>> nalUnits)
    {
        for (var i = 0; i < nalUnits.Count; i++)
        {
            var nal = nalUnits[i].Span;
            var type = TypeOf(current.Codec, nal);
            var expected = (current, type) switch
            {
                (H264Parameters p, H264Sps) => p.Sps,
                (H264Parameters p, H264Pps) => p.Pps,
                (H265Parameters p, H265Vps) => p.Vps,
                (H265Parameters p, H265Sps) => p.Sps,
                (H265Parameters p, H265Pps) => p.Pps,
                _ => null,
            };
            if (expected is not null && !nal.SequenceEqual(expected))
            {
                return false;
            }
        }

        return true;
    }
}
