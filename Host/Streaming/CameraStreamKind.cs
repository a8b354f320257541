namespace Vms.Host.Streaming;

/// <summary>Which of a camera's streams: the main (full resolution) or the sub (low resolution) profile.</summary>
public enum CameraStreamKind
{
    Main,
    Sub,
}
