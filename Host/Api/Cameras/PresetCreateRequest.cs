namespace Vms.Host.Api.Cameras;

/// <summary>POST /api/v1/cameras/{id}/ptz/presets: store the current position under a name.</summary>
public sealed record PresetCreateRequest(string? Name);
