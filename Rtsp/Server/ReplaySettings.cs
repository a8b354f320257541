namespace Vms.Rtsp.Server;

/// <summary>
/// How an ONVIF replay PLAY (<c>Require: onvif-replay</c>) asked to be served.
/// </summary>
/// <param name="RateControl"><c>Rate-Control: yes</c> (default): paced in real time ÷ Scale; no: as fast as the transport drains.</param>
/// <param name="IntraOnly"><c>Frames: intra</c>: keyframes only.</param>
/// <param name="IntraInterval"><c>Frames: intra/&lt;ms&gt;</c>: at least this much recording time between the keyframes sent.</param>
/// <param name="CSeq">The low byte of the CSeq of the PLAY, carried by every packet it starts.</param>
/// <param name="End">The end of <c>Range: clock=start-end</c>: nothing recorded after it is sent.</param>
internal sealed record ReplaySettings(bool RateControl, bool IntraOnly, TimeSpan? IntraInterval, byte CSeq, DateTimeOffset? End)
{
    /// <summary>Real-time pacing, every frame, no end.</summary>
    public static ReplaySettings Default(byte cseq) => new(true, false, null, cseq, null);
}
