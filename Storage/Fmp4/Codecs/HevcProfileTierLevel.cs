using Vms.Rtsp.Media;

namespace Vms.Storage.Fmp4.Codecs;

/// <summary>
/// The fields of an H.265 SPS that <c>hvcC</c> copies and the media layer's SPS info does not keep: the 48
/// general constraint indicator flags and sps_temporal_id_nesting_flag. In the SPS RBSP (H.265 §7.3.2.2,
/// §7.3.3) they sit at fixed byte positions: byte 0 = vps id(4) max_sub_layers_minus1(3) nesting(1),
/// byte 1 = profile space/tier/idc, bytes 2-5 = compatibility flags, bytes 6-11 = constraint flags.
/// </summary>
internal readonly record struct HevcProfileTierLevel(ulong ConstraintIndicatorFlags, bool TemporalIdNesting)
{
    public static bool TryRead(ReadOnlySpan<byte> spsNal, out HevcProfileTierLevel ptl)
    {
        ptl = default;
        if (spsNal.Length < 16 || spsNal.Length > H265SpsParser.MaxSpsLength)
        {
            return false;
        }

        Span<byte> rbsp = stackalloc byte[spsNal.Length - 2];
        var n = EmulationPrevention.Remove(spsNal[2..], rbsp);
        if (n < 13)
        {
            return false;
        }

        ulong flags = 0;
        for (var i = 6; i < 12; i++)
        {
            flags = (flags << 8) | rbsp[i];
        }

        ptl = new HevcProfileTierLevel(flags, (rbsp[0] & 1) != 0);
        return true;
    }
}
