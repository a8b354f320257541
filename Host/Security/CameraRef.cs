namespace Vms.Host.Security;

/// <summary>What access decisions need to know of a camera: its id and its group.</summary>
public sealed record CameraRef(string Id, string? Group);
