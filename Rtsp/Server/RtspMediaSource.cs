using Vms.Rtsp.Media;

namespace Vms.Rtsp.Server;

/// <summary>
/// What an RTSP path serves, as returned by <see cref="IRtspPathResolver"/>. There are exactly two kinds:
/// <list type="bullet">
/// <item>a live <see cref="RtspStream"/>, shared by every viewer of the path (one upstream, packetized once,
/// fanned out, new viewers start on the cached GOP);</item>
/// <item>a per-viewer playback made by <see cref="Playback"/> from an <see cref="IRtspPlaybackSource"/>
/// (seek with Range, PAUSE/resume, Scale), owned and disposed by the one session that plays it.</item>
/// </list>
/// </summary>
public abstract class RtspMediaSource
{
    private protected RtspMediaSource()
    {
    }

    /// <summary>The tracks described by DESCRIBE (SDP) and set up by SETUP, in order.</summary>
    public abstract IReadOnlyList<MediaTrack> Tracks { get; }

    /// <summary>
    /// Wraps a per-viewer source. The server owns it from then on: it is disposed when the session ends,
    /// or right after DESCRIBE when no session takes it.
    /// </summary>
    public static RtspMediaSource Playback(IRtspPlaybackSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PlaybackMediaSource(source);
    }
}
