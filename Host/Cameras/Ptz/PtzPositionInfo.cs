namespace Vms.Host.Cameras.Ptz;

/// <summary>Where a PTZ camera points (generic spaces: pan/tilt −1…1, zoom 0…1) and whether it moves.</summary>
public sealed record PtzPositionInfo(float? Pan, float? Tilt, float? Zoom, bool Moving, DateTimeOffset UtcTime);
