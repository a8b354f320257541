namespace Vms.Storage.Playback;

/// <summary>How fast a playback reader hands out frames.</summary>
public enum PlaybackPace
{
    /// <summary>At the recorded pace times <see cref="PlaybackOptions.Rate"/>, driven by the <see cref="TimeProvider"/>.</summary>
    RealTime,

    /// <summary>As fast as the caller reads (export, analysis).</summary>
    AsFastAsPossible,
}
