namespace Vms.Rtsp.Payloads;

/// <summary>What a depacketizer did so far.</summary>
/// <param name="Packets">RTP packets fed.</param>
/// <param name="AccessUnits">Access units emitted.</param>
/// <param name="DroppedAccessUnits">Access units not emitted: damaged by loss or bad payloads, or depending on one
/// (video waits for the next keyframe after damage, and at the start of the stream).</param>
/// <param name="LostPackets">Packets the sequence numbers say were lost.</param>
/// <param name="PayloadErrors">Payloads refused, all kinds (see <see cref="IRtpDepacketizer.GetErrorCount"/>).</param>
/// <param name="LastError">The most recent payload error.</param>
public readonly record struct DepacketizerStatistics(
    long Packets,
    long AccessUnits,
    long DroppedAccessUnits,
    long LostPackets,
    long PayloadErrors,
    RtpPayloadError LastError);
