namespace Vms.Simulators.Camera;

/// <summary>Where a <see cref="SimulatedCamera"/> is in its life.</summary>
public enum CameraLifecycle
{
    Created,
    Online,

    /// <summary>Endpoints closed (fault injection, nomadic camera away, or rebooting).</summary>
    Offline,
    Rebooting,
    Disposed,
}
