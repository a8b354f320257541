namespace Vms.Rtsp.Media;

/// <summary>Reads the H.264 NAL unit header (one byte: forbidden_zero_bit, nal_ref_idc, nal_unit_type).</summary>
public static class H264NalUnit
{
    /// <summary>The nal_unit_type of a header byte.</summary>
    public static H264NalUnitType TypeOf(byte header) => (H264NalUnitType)(header & 0x1F);

    /// <summary>The nal_unit_type of a NAL unit (<see cref="H264NalUnitType.Unspecified"/> when empty).</summary>
    public static H264NalUnitType TypeOf(ReadOnlySpan<byte> nal) => nal.IsEmpty ? H264NalUnitType.Unspecified : TypeOf(nal[0]);

    /// <summary>nal_ref_idc (0..3): 0 means no other picture refers to this one.</summary>
    public static int RefIdc(byte header) => (header >> 5) & 0x3;

    /// <summary>True when the forbidden_zero_bit is set (a damaged or foreign NAL unit).</summary>
    public static bool HasForbiddenBit(byte header) => (header & 0x80) != 0;

    /// <summary>True for a slice of an IDR picture (a random-access point).</summary>
    public static bool IsIdr(H264NalUnitType type) => type == H264NalUnitType.IdrSlice;

    /// <summary>True for SPS and PPS.</summary>
    public static bool IsParameterSet(H264NalUnitType type) => type is H264NalUnitType.Sps or H264NalUnitType.Pps;

    /// <summary>True for the slice types (1..5) that carry picture data.</summary>
    public static bool IsVcl(H264NalUnitType type) => type is >= H264NalUnitType.NonIdrSlice and <= H264NalUnitType.IdrSlice;

    /// <summary>True when one of <paramref name="nalUnits"/> is an IDR slice.</summary>
    public static bool ContainsIdr(IReadOnlyList<ReadOnlyMemory<byte>> nalUnits)
    {
        ArgumentNullException.ThrowIfNull(nalUnits);
        for (var i = 0; i < nalUnits.Count; i++)
        {
            if (IsIdr(TypeOf(nalUnits[i].Span)))
            {
                return true;
            }
        }

        return false;
    }
}
