namespace Vms.Host.Cameras;

/// <summary>One audited camera command: who (<see cref="Actor"/>, null when unauthenticated), what, on which camera.</summary>
public sealed record CameraAuditEntry(string Action, string CameraId, string? Detail, string? Actor);
