namespace Vms.Host.Cameras.Supervision;

/// <summary>
/// One camera's live state, as the API, logs and <c>/metrics</c> show it. Immutable: a new snapshot replaces the old
/// one on every change. Rates are measured on media time (RTP timestamps) over windows of about one second.
/// </summary>
public sealed record CameraStateSnapshot
{
    public required string CameraId { get; init; }

    public CameraConnectionStatus Status { get; init; }

    public bool Online => Status == CameraConnectionStatus.Online;

    /// <summary>Online and recording enabled for the camera: its main stream is handed to the recorder.</summary>
    public bool Recording { get; init; }

    /// <summary>Main stream frames per second (video track), null before the first window.</summary>
    public double? FramesPerSecond { get; init; }

    /// <summary>Main stream bitrate in kbit/s (all tracks).</summary>
    public double? BitrateKbps { get; init; }

    public double? SubFramesPerSecond { get; init; }

    public double? SubBitrateKbps { get; init; }

    /// <summary>Arrival (server UTC) of the latest main-stream frame counted in a window.</summary>
    public DateTimeOffset? LastFrameUtc { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorUtc { get; init; }

    /// <summary>Connection attempts after the first (each retry after a failure or a lost stream).</summary>
    public int ReconnectCount { get; init; }

    /// <summary>Main-stream pulls started (1 after the first successful connection).</summary>
    public int SessionCount { get; init; }

    /// <summary>Camera clock − server clock as last measured (before a sync).</summary>
    public TimeSpan? ClockOffset { get; init; }

    /// <summary>What the last check found changed on the camera against the desired settings (empty: none).</summary>
    public IReadOnlyList<string> Drift { get; init; } = [];

    /// <summary>How many checks found drift and re-applied the desired settings.</summary>
    public int DriftCorrections { get; init; }

    /// <summary>How many times the desired encoder settings and masks were verified on the camera.</summary>
    public int ConfigurationChecks { get; init; }

    /// <summary>When the desired encoder settings and masks were last verified on the camera.</summary>
    public DateTimeOffset? LastConfigurationCheckUtc { get; init; }

    public DateTimeOffset? NextAttemptUtc { get; init; }
}
