namespace Vms.Rtsp.Media;

/// <summary>H.264 nal_unit_type (Table 7-1), plus the RTP payload structures of RFC 6184 (24..29).</summary>
public enum H264NalUnitType : byte
{
    Unspecified = 0,
    NonIdrSlice = 1,
    SliceDataPartitionA = 2,
    SliceDataPartitionB = 3,
    SliceDataPartitionC = 4,
    IdrSlice = 5,
    Sei = 6,
    Sps = 7,
    Pps = 8,
    AccessUnitDelimiter = 9,
    EndOfSequence = 10,
    EndOfStream = 11,
    FillerData = 12,
    SpsExtension = 13,
    Prefix = 14,
    SubsetSps = 15,
    DepthParameterSet = 16,
    AuxiliarySlice = 19,
    SliceExtension = 20,
    SliceExtensionDepth = 21,

    /// <summary>RFC 6184 single-time aggregation packet.</summary>
    StapA = 24,

    /// <summary>RFC 6184 single-time aggregation packet with DON.</summary>
    StapB = 25,

    /// <summary>RFC 6184 multi-time aggregation packet, 16-bit timestamp offsets.</summary>
    Mtap16 = 26,

    /// <summary>RFC 6184 multi-time aggregation packet, 24-bit timestamp offsets.</summary>
    Mtap24 = 27,

    /// <summary>RFC 6184 fragmentation unit.</summary>
    FuA = 28,

    /// <summary>RFC 6184 fragmentation unit with DON.</summary>
    FuB = 29,
}
