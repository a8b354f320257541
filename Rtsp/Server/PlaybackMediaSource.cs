using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>The <see cref="RtspMediaSource"/> of one per-viewer <see cref="IRtspPlaybackSource"/>.</summary>
internal sealed class PlaybackMediaSource(IRtspPlaybackSource source) : RtspMediaSource
{
    public IRtspPlaybackSource Source { get; } = source;

    public override IReadOnlyList<MediaTrack> Tracks => Source.Tracks;
}
