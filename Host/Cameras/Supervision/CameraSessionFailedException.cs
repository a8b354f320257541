namespace Vms.Host.Cameras.Supervision;

/// <summary>Why a supervisor session ended, and whether it had reached the camera's stream (then the backoff starts over).</summary>
internal sealed class CameraSessionFailedException(string message, bool wentOnline, Exception inner) : Exception(message, inner)
{
    public bool WentOnline { get; } = wentOnline;
}
