namespace Vms.Rtsp.Rtp;

/// <summary>What <see cref="RtpReorderBuffer.Push"/> did with a packet.</summary>
public enum RtpReorderResult
{
    /// <summary>It was the next expected packet and went straight to the handler (no copy).</summary>
    Released,

    /// <summary>It arrived ahead of a gap and was copied into the buffer to wait for the missing packets.</summary>
    Buffered,

    /// <summary>Its number was already released or skipped (late or duplicate); dropped.</summary>
    Late,

    /// <summary>The same number is already waiting in the buffer; dropped.</summary>
    Duplicate,
}
