namespace Vms.Host.Cameras.Adoption;

/// <summary>A device found by the last discovery probe; <see cref="AdoptedAs"/> is the camera id once adopted.</summary>
public sealed record DiscoveredCameraEntry(
    string EndpointAddress,
    string? Name,
    string? Hardware,
    string? Location,
    string Address,
    Uri? DeviceService,
    IReadOnlyList<string> Scopes,
    string? AdoptedAs,
    string? AdoptionError);
