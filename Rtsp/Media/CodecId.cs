namespace Vms.Rtsp.Media;

/// <summary>The codecs the media stack knows by name.</summary>
public enum CodecId
{
    /// <summary>H.264 / AVC (RFC 6184 payload).</summary>
    H264,

    /// <summary>H.265 / HEVC (RFC 7798 payload).</summary>
    H265,

    /// <summary>AAC in MPEG-4 generic (RFC 3640) payload.</summary>
    Aac,

    /// <summary>G.711 µ-law (PCMU).</summary>
    Pcmu,

    /// <summary>G.711 A-law (PCMA).</summary>
    Pcma,

    /// <summary>ONVIF metadata stream (vnd.onvif.metadata).</summary>
    OnvifMetadata,
}
