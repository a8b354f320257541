namespace Vms.Host.Cameras;

/// <summary>One audited camera command: who (<see cref="Actor"/>, null for the service itself), what, on which camera, from where.</summary>
public sealed record CameraAuditEntry(string Action, string CameraId, string? Detail, string? Actor, string? ClientAddress = null);
