namespace Vms.Host.Demo;

/// <summary>One simulated demo camera as the banner shows it: its simulator name and kind, and the id the VMS gave it on adoption (null when not adopted).</summary>
internal sealed record DemoCamera(string Name, string Kind, Uri DeviceServiceUri, string? CameraId);
