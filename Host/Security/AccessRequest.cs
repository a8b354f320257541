namespace Vms.Host.Security;

/// <summary>
/// One question for <see cref="IAccessGate.CheckAsync"/>: may <paramref name="User"/> exercise
/// <paramref name="Right"/> on <paramref name="Camera"/>? For playback and export, <paramref name="From"/> and
/// <paramref name="To"/> give the recordings' range (UTC); for live rights they are ignored (the instant is now).
/// </summary>
public sealed record AccessRequest(
    string User,
    Rights Right,
    CameraRef Camera,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? ClientAddress = null)
{
    /// <summary>A camera reference for rights that are not about one camera (administer, site-wide configure).</summary>
    public static CameraRef Site { get; } = new("*", null);
}
