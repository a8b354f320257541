namespace Vms.Simulators.Camera;

/// <summary>The two encoded streams of a camera; each is one Media profile and one RTSP path.</summary>
public enum StreamKind
{
    Main,
    Sub,
}
