namespace Vms.Host.Api.Cameras;

/// <summary>PATCH /api/v1/cameras/{id}: members left null are unchanged. Credentials are write-only.</summary>
public sealed record CameraUpdateRequest(
    string? Name,
    string? Location,
    string? Group,
    bool? RecordingEnabled,
    int? RetentionDays,
    string? DeviceService,
    string? MainProfile,
    string? SubProfile,
    string? Username,
    string? Password);
