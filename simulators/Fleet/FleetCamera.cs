using Vms.Simulators.Camera;

namespace Vms.Simulators.Fleet;

/// <summary>A running camera of a <see cref="CameraFleet"/> with what a client needs to reach it.</summary>
public sealed class FleetCamera
{
    internal FleetCamera(FleetCameraSpec spec, SimulatedCamera camera)
    {
        Spec = spec;
        Camera = camera;
    }

    public FleetCameraSpec Spec { get; }

    public SimulatedCamera Camera { get; }

    public string Name => Spec.Name;

    public CameraKind Kind => Spec.Kind;

    public Uri DeviceServiceUri => Camera.DeviceServiceUri;

    public Uri MainStreamUri => Camera.RtspUri(StreamKind.Main);

    public Uri SubStreamUri => Camera.RtspUri(StreamKind.Sub);

    public string Username => Spec.Username;

    public string Password => Spec.Password;
}
