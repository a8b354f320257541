namespace Vms.Rtsp.Server;

/// <summary>
/// Where PLAY asks to start. Exactly one of <see cref="Npt"/> (offset from the start, <c>Range: npt=</c>)
/// and <see cref="Clock"/> (absolute UTC, <c>Range: clock=</c>) is set, or neither when PLAY carried no
/// Range on a first PLAY (start at the beginning). <see cref="Scale"/> is the requested speed (1 = real
/// time); a source may use it to return keyframes only at high speeds.
/// </summary>
public sealed record RtspSeekRequest(TimeSpan? Npt, DateTimeOffset? Clock, double Scale = 1.0)
{
    /// <summary>From the beginning at normal speed.</summary>
    public static RtspSeekRequest Beginning { get; } = new(TimeSpan.Zero, null);
}
