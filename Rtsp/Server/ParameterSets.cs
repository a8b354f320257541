using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>The parameter-set NAL units found in an access unit (H.264 SPS/PPS, H.265 VPS/SPS/PPS).</summary>
internal readonly record struct ParameterSets(ReadOnlyMemory<byte> Vps, ReadOnlyMemory<byte> Sps, ReadOnlyMemory<byte> Pps)
{
    public static ParameterSets Find(AccessUnit unit)
    {
        ReadOnlyMemory<byte> vps = default, sps = default, pps = default;
        foreach (var nal in unit.NalUnits)
        {
            if (nal.IsEmpty)
            {
                continue;
            }

            var b = nal.Span[0];
            if (unit.Codec == CodecId.H264)
            {
                switch (b & 0x1F)
                {
                    case 7: sps = nal; break;
                    case 8: pps = nal; break;
                }
            }
            else if (unit.Codec == CodecId.H265)
            {
                switch ((b >> 1) & 0x3F)
                {
                    case 32: vps = nal; break;
                    case 33: sps = nal; break;
                    case 34: pps = nal; break;
                }
            }
        }

        return new ParameterSets(vps, sps, pps);
    }

    /// <summary>The parameter-set NAL units of a track's codec parameters, in decoding order.</summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> Of(CodecParameters parameters) => parameters switch
    {
        H264Parameters h when h.Sps.Length > 0 && h.Pps.Length > 0 => [h.Sps, h.Pps],
        H265Parameters h when h.Sps.Length > 0 && h.Pps.Length > 0 => [h.Vps, h.Sps, h.Pps],
        _ => [],
    };

    public bool IsComplete(CodecId codec) => codec switch
    {
        CodecId.H264 => !Sps.IsEmpty && !Pps.IsEmpty,
        CodecId.H265 => !Vps.IsEmpty && !Sps.IsEmpty && !Pps.IsEmpty,
        _ => false,
    };
}
