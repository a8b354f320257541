namespace Vms.Rtsp.Headers;

/// <summary>Which frames an ONVIF replay stream carries.</summary>
public enum FramesMode
{
    All,

    /// <summary>Key frames only (optionally at most one per interval).</summary>
    Intra,

    /// <summary>Key frames and P frames, no B frames.</summary>
    Predicted,
}
