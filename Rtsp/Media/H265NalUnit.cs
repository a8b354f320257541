namespace Vms.Rtsp.Media;

/// <summary>
/// Reads the two-byte H.265 NAL unit header: forbidden_zero_bit, nal_unit_type (6 bits), nuh_layer_id (6 bits),
/// nuh_temporal_id_plus1 (3 bits).
/// </summary>
public static class H265NalUnit
{
    /// <summary>Length of the NAL unit header.</summary>
    public const int HeaderLength = 2;

    /// <summary>The nal_unit_type from the first header byte.</summary>
    public static H265NalUnitType TypeOf(byte firstHeaderByte) => (H265NalUnitType)((firstHeaderByte >> 1) & 0x3F);

    /// <summary>The nal_unit_type of a NAL unit (<see cref="H265NalUnitType.TrailN"/> when empty).</summary>
    public static H265NalUnitType TypeOf(ReadOnlySpan<byte> nal) => nal.IsEmpty ? H265NalUnitType.TrailN : TypeOf(nal[0]);

    /// <summary>nuh_layer_id (0 for the base layer).</summary>
    public static int LayerId(ReadOnlySpan<byte> header) => header.Length < 2 ? 0 : ((header[0] & 1) << 5) | (header[1] >> 3);

    /// <summary>nuh_temporal_id_plus1 − 1.</summary>
    public static int TemporalId(ReadOnlySpan<byte> header) => header.Length < 2 ? 0 : (header[1] & 0x7) - 1;

    /// <summary>True when the forbidden_zero_bit is set.</summary>
    public static bool HasForbiddenBit(byte firstHeaderByte) => (firstHeaderByte & 0x80) != 0;

    /// <summary>True for intra random access point pictures (BLA, IDR, CRA and reserved 22..23).</summary>
    public static bool IsIrap(H265NalUnitType type) => type is >= H265NalUnitType.BlaWLp and <= H265NalUnitType.RsvIrapVcl23;

    /// <summary>True for VPS, SPS and PPS.</summary>
    public static bool IsParameterSet(H265NalUnitType type) => type is H265NalUnitType.Vps or H265NalUnitType.Sps or H265NalUnitType.Pps;

    /// <summary>True for the VCL types (0..31) that carry picture data.</summary>
    public static bool IsVcl(H265NalUnitType type) => (byte)type < 32;

    /// <summary>True when one of <paramref name="nalUnits"/> is an IRAP picture slice.</summary>
    public static bool ContainsIrap(IReadOnlyList<ReadOnlyMemory<byte>> nalUnits)
    {
        ArgumentNullException.ThrowIfNull(nalUnits);
        for (var i = 0; i < nalUnits.Count; i++)
        {
            if (IsIrap(TypeOf(nalUnits[i].Span)))
            {
                return true;
            }
        }

        return false;
    }
}
