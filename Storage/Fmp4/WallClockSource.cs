namespace Vms.Storage.Fmp4;

/// <summary>Where the UTC times of a segment come from.</summary>
public enum WallClockSource
{
    /// <summary>The camera's own clock (RTCP sender reports mapped onto the media timeline).</summary>
    Camera,

    /// <summary>The recorder's clock when the access units arrived.</summary>
    Arrival,
}
