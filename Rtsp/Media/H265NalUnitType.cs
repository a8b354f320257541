namespace Vms.Rtsp.Media;

/// <summary>H.265 nal_unit_type (Table 7-1), plus the RTP payload structures of RFC 7798 (48..50).</summary>
public enum H265NalUnitType : byte
{
    TrailN = 0,
    TrailR = 1,
    TsaN = 2,
    TsaR = 3,
    StsaN = 4,
    StsaR = 5,
    RadlN = 6,
    RadlR = 7,
    RaslN = 8,
    RaslR = 9,
    BlaWLp = 16,
    BlaWRadl = 17,
    BlaNLp = 18,
    IdrWRadl = 19,
    IdrNLp = 20,
    CraNut = 21,

    /// <summary>Reserved IRAP type 22.</summary>
    RsvIrapVcl22 = 22,

    /// <summary>Reserved IRAP type 23.</summary>
    RsvIrapVcl23 = 23,
    Vps = 32,
    Sps = 33,
    Pps = 34,
    AccessUnitDelimiter = 35,
    EndOfSequence = 36,
    EndOfBitstream = 37,
    FillerData = 38,
    PrefixSei = 39,
    SuffixSei = 40,

    /// <summary>RFC 7798 aggregation packet.</summary>
    AggregationPacket = 48,

    /// <summary>RFC 7798 fragmentation unit.</summary>
    FragmentationUnit = 49,

    /// <summary>RFC 7798 PACI packet.</summary>
    Paci = 50,
}
