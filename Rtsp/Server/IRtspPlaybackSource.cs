using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>
/// A per-viewer source of recorded media (a recording player). The server calls it from one session
/// loop only, never concurrently: <see cref="SeekAsync"/> on PLAY with a Range (and on the first PLAY),
/// then <see cref="ReadAsync"/> as fast as the pacing allows. The server paces delivery by the units'
/// decoding timestamps divided by the Scale, packetizes them for this one viewer, and handles PAUSE by
/// simply not reading; so the source only reads its files in order.
/// </summary>
public interface IRtspPlaybackSource : IAsyncDisposable
{
    /// <summary>The tracks, as for a live stream (codec parameters known before PLAY).</summary>
    IReadOnlyList<MediaTrack> Tracks { get; }

    /// <summary>The span of the content, announced in the SDP (<c>a=range</c>) and PLAY responses.</summary>
    RtspPlaybackRange Range { get; }

    /// <summary>
    /// Positions the source so that the next <see cref="ReadAsync"/> returns the keyframe at or before the
    /// target (the first keyframe when the target is before the start). Returns where it really starts.
    /// Throw <see cref="RtspPlaybackException"/> for a target outside the content (the client gets 457).
    /// </summary>
    ValueTask<RtspPlaybackPosition> SeekAsync(RtspSeekRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The next unit in decoding order across all tracks (timestamps in each track's clock, on one timeline
    /// with the position <see cref="SeekAsync"/> returned), or null at the end of the content.
    /// </summary>
    ValueTask<RtspPlaybackUnit?> ReadAsync(CancellationToken cancellationToken);
}
