namespace Vms.Host.Cameras;

/// <summary>
/// What other features need to know about an adopted camera (never its credentials).
/// <paramref name="Id"/> is the stable, URL-safe id used in RTSP paths (<c>rtsp://host:8554/&lt;id&gt;</c>),
/// API routes and segment folders.
/// </summary>
public sealed record CameraInfo(
    string Id,
    string Name,
    string? Location,
    string? Group,
    bool RecordingEnabled,
    int? RetentionDays,
    bool HasSubStream);
