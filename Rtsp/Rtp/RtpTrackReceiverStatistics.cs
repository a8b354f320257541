using Vms.Rtsp.Media;
using Vms.Rtsp.Payloads;

namespace Vms.Rtsp.Rtp;

/// <summary>A snapshot of what an <see cref="RtpTrackReceiver"/> received.</summary>
/// <param name="Ssrc">The source being received (0 before the first packet).</param>
/// <param name="Reception">RFC 3550 reception figures (expected, received, lost, jitter).</param>
/// <param name="Payload">Depacketizer figures (access units, drops, payload errors).</param>
/// <param name="InvalidPackets">Datagrams that were not valid RTP, or of another payload type or source.</param>
/// <param name="RejectedPackets">Valid RTP refused by the sequence checks (probation, wild jumps).</param>
/// <param name="LateOrDuplicatePackets">Packets dropped by the reorder window.</param>
/// <param name="ReorderedPackets">Packets that arrived out of order and were put back in order.</param>
/// <param name="RtcpPackets">RTCP compound packets read.</param>
/// <param name="InvalidRtcpPackets">RTCP datagrams refused.</param>
/// <param name="SenderReports">Sender reports taken for the wall-clock mapping.</param>
/// <param name="SourceChanges">Times the source changed (SSRC or sequence restart).</param>
/// <param name="OutputFull">Access units the output channel refused (full).</param>
/// <param name="LastWallClockSource">Where the latest access unit's wall-clock time came from.</param>
public readonly record struct RtpTrackReceiverStatistics(
    uint Ssrc,
    RtpReceptionStatistics Reception,
    DepacketizerStatistics Payload,
    long InvalidPackets,
    long RejectedPackets,
    long LateOrDuplicatePackets,
    long ReorderedPackets,
    long RtcpPackets,
    long InvalidRtcpPackets,
    long SenderReports,
    long SourceChanges,
    long OutputFull,
    WallClockSource LastWallClockSource);
