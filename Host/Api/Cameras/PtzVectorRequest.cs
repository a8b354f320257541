namespace Vms.Host.Api.Cameras;

/// <summary>A PTZ move: velocities (move), translation (relative) or position (absolute); missing members are 0.</summary>
public sealed record PtzVectorRequest(float? Pan, float? Tilt, float? Zoom);
