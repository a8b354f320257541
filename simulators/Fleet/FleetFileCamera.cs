namespace Vms.Simulators.Fleet;

/// <summary>A camera of a fleet file: its spec, and whether the file fixed its address and ports.</summary>
public sealed record FleetFileCamera(FleetCameraSpec Spec, bool HasAddress, bool HasHttpPort, bool HasRtspPort);
