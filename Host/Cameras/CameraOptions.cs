namespace Vms.Host.Cameras;

/// <summary>How cameras are supervised, bound from the <c>Vms:Cameras</c> configuration section.</summary>
public sealed class CameraOptions
{
    public const string SectionName = "Vms:Cameras";

    /// <summary>First wait before reconnecting a camera; doubled after each failure up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an online camera's encoder settings and masks are read back and re-applied when they drifted.</summary>
    public TimeSpan ConfigurationCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A camera clock further than this from the server's is set (SetSystemDateAndTime).</summary>
    public TimeSpan ClockSyncThreshold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time limit of one ONVIF call.</summary>
    public TimeSpan SoapTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>No media for this long ends a pull (then reconnect).</summary>
    public TimeSpan RtspStallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A continuous PTZ move stops when no new command arrives within this time (joystick dead-man).</summary>
    public TimeSpan PtzDeadman { get; set; } = TimeSpan.FromMilliseconds(1000);

    /// <summary>The timeout sent with each continuous move, so the camera stops by itself if the service is gone.</summary>
    public TimeSpan PtzDeviceMoveTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public CameraDiscoveryOptions Discovery { get; set; } = new();
}
