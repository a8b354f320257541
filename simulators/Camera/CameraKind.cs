namespace Vms.Simulators.Camera;

/// <summary>What kind of camera a <see cref="SimulatedCamera"/> imitates.</summary>
public enum CameraKind
{
    /// <summary>A fixed bullet/box camera: no PTZ service.</summary>
    Fixed,

    /// <summary>A PTZ dome: PTZ node with presets and home position; the position moves the picture.</summary>
    Ptz,

    /// <summary>A 360° panoramic camera (wide 2:1 or 32:9 picture) with a digital PTZ (pan rotates the view).</summary>
    Panoramic,

    /// <summary>A fixed camera that comes and goes (vehicle, temporary site): the fleet calls
    /// <see cref="SimulatedCamera.GoOfflineAsync"/> / <see cref="SimulatedCamera.GoOnlineAsync"/>.</summary>
    Nomadic,
}
