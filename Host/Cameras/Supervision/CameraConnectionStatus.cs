namespace Vms.Host.Cameras.Supervision;

/// <summary>Where a camera's supervisor is.</summary>
public enum CameraConnectionStatus
{
    /// <summary>Not supervised (service stopping, no stream ingest, camera removed).</summary>
    Stopped,

    /// <summary>Connecting over ONVIF, configuring, starting the RTSP pull.</summary>
    Connecting,

    /// <summary>The main stream is being pulled.</summary>
    Online,

    /// <summary>The last attempt failed or the stream ended; a retry is scheduled (see <see cref="CameraStateSnapshot.NextAttemptUtc"/>).</summary>
    Retrying,
}
