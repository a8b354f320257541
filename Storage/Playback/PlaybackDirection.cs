namespace Vms.Storage.Playback;

public enum PlaybackDirection
{
    Forward,

    /// <summary>GOP by GOP backwards; each GOP's video frames in decoding order, no audio.</summary>
    Reverse,
}
