namespace Vms.Host.Cameras.Ptz;

/// <summary>A camera's PTZ preset as the API shows it.</summary>
public sealed record PtzPresetInfo(string Token, string? Name, float? Pan, float? Tilt, float? Zoom);
