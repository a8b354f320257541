namespace Vms.Rtsp.Sdp;

/// <summary>What <see cref="SdpMediaMapper.ReadTracks"/> found: the tracks it can play, the aggregate control URL
/// (for PLAY/PAUSE/TEARDOWN), and the media it skipped with the reason (for logs).</summary>
public sealed record SdpSessionMapping(IReadOnlyList<SdpTrack> Tracks, string AggregateControl, IReadOnlyList<string> Skipped);
