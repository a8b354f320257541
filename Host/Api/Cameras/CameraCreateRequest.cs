namespace Vms.Host.Api.Cameras;

/// <summary>POST /api/v1/cameras: adopt a device by address. Credentials: <see cref="Username"/>/<see cref="Password"/>,
/// or a list tried in order. Also the body of POST /api/v1/discovery/adopt (with <see cref="EndpointAddress"/>).</summary>
public sealed record CameraCreateRequest(
    string? DeviceService,
    string? Username,
    string? Password,
    IReadOnlyList<CredentialBody>? Credentials,
    string? Id,
    string? Name,
    string? Location,
    string? Group,
    bool? RecordingEnabled,
    int? RetentionDays,
    string? EndpointAddress);
