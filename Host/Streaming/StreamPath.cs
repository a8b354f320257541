namespace Vms.Host.Streaming;

/// <summary>
/// The RTSP paths the service serves: live <c>/&lt;camera&gt;</c> (main) and <c>/&lt;camera&gt;/sub</c>, playback
/// <c>/&lt;camera&gt;/playback</c> (main) and <c>/&lt;camera&gt;/sub/playback</c>. The security feature uses it to
/// map a path to a camera and a right (live or playback).
/// </summary>
public sealed record StreamPath(string CameraId, CameraStreamKind Kind, bool IsPlayback)
{
    public const string PlaybackSegment = "playback";
    public const string SubSegment = "sub";

    public StreamKey Key => new(CameraId, Kind);

    /// <summary>Reads a path as given to an RTSP resolver (no leading slash, percent-decoded); false for any other shape.</summary>
    public static bool TryParse(string? path, out StreamPath result)
    {
        result = null!;
        if (string.IsNullOrEmpty(path) || path.Length > 256)
        {
            return false;
        }

        var parts = path.Trim('/').Split('/');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0) || parts[0] is PlaybackSegment or SubSegment)
        {
            return false;
        }

        var camera = parts[0];
        (CameraStreamKind Kind, bool Playback)? shape = parts.Length switch
        {
            1 => (CameraStreamKind.Main, false),
            2 when parts[1] == SubSegment => (CameraStreamKind.Sub, false),
            2 when parts[1] == PlaybackSegment => (CameraStreamKind.Main, true),
            3 when parts[1] == SubSegment && parts[2] == PlaybackSegment => (CameraStreamKind.Sub, true),
            _ => null,
        };
        if (shape is not { } s)
        {
            return false;
        }

        result = new StreamPath(camera, s.Kind, s.Playback);
        return true;
    }
}
