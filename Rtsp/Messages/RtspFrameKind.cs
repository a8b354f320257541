namespace Vms.Rtsp.Messages;

/// <summary>What one unit read from an RTSP connection is.</summary>
public enum RtspFrameKind
{
    /// <summary>No frame (need more data, or an error).</summary>
    None,

    Request,

    Response,

    /// <summary>A <c>$</c>-framed binary packet (RTP/RTCP over the RTSP connection, RFC 2326 §10.12).</summary>
    Interleaved,
}
