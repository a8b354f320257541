using Microsoft.Extensions.Options;
using Vms.Host.Cameras.Registry;
using Vms.Onvif.Client;
using Vms.Onvif.Model.Ptz;
using Vms.Onvif.Soap;

namespace Vms.Host.Cameras.Ptz;

/// <summary>
/// PTZ commands on adopted cameras (through their main profile): joystick moves with a dead-man timeout (the move is
/// stopped when no new command arrives within <see cref="CameraOptions.PtzDeadman"/>; the camera is also given its own
/// timeout), stop, relative and absolute moves, presets and home. Every command is recorded in <see cref="ICameraAudit"/>.
/// Unknown cameras and presets throw <see cref="CameraNotFoundException"/>; cameras without PTZ throw
/// <see cref="OnvifFeatureNotSupportedException"/>.
/// </summary>
public sealed partial class CameraPtz : IAsyncDisposable
{
    private readonly CameraRegistry _registry;
    private readonly CameraDevices _devices;
    private readonly CameraOptions _options;
    private readonly TimeProvider _time;
    private readonly ICameraAudit _audit;
    private readonly ILogger<CameraPtz> _logger;
    private readonly Dictionary<string, (DateTimeOffset Version, PtzClient Client, string Profile)> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CancellationTokenSource Cancel, Task Watch)> _deadmen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _disposing = new();
    private long _deadmanStops;

    public CameraPtz(CameraRegistry registry, CameraDevices devices, IOptions<CameraOptions> options, TimeProvider time, ICameraAudit audit, ILogger<CameraPtz> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry;
        _devices = devices;
        _options = options.Value;
        _time = time;
        _audit = audit;
        _logger = logger;
    }

    /// <summary>Raised (with the camera id) after a move was stopped by the dead-man timeout.</summary>
    public event EventHandler<string>? DeadmanStopped;

    /// <summary>Moves stopped by the dead-man timeout since start.</summary>
    public long DeadmanStops => Interlocked.Read(ref _deadmanStops);

    /// <summary>Joystick: velocities in −1…1. The move lasts until the next command, or stops after the dead-man timeout.</summary>
    public async Task ContinuousMoveAsync(string cameraId, float pan, float tilt, float zoom, string? actor, CancellationToken cancellationToken)
    {
        CheckRange(pan, "pan", -1, 1);
        CheckRange(tilt, "tilt", -1, 1);
        CheckRange(zoom, "zoom", -1, 1);
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await ptz.ContinuousMoveAsync(profile, new PtzVector(new Vector2D(pan, tilt), new Vector1D(zoom)), _options.PtzDeviceMoveTimeout, cancellationToken).ConfigureAwait(false);
        await ArmDeadmanAsync(cameraId, ptz, profile).ConfigureAwait(false);
        await AuditAsync("ptz.move", cameraId, $"pan={pan} tilt={tilt} zoom={zoom}", actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(string cameraId, string? actor, CancellationToken cancellationToken)
    {
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await DisarmDeadmanAsync(cameraId).ConfigureAwait(false);
        await ptz.StopAsync(profile, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.stop", cameraId, null, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves by a translation (pan/tilt −2…2, zoom −1…1 in the generic spaces).</summary>
    public async Task RelativeMoveAsync(string cameraId, float pan, float tilt, float zoom, string? actor, CancellationToken cancellationToken)
    {
        CheckRange(pan, "pan", -2, 2);
        CheckRange(tilt, "tilt", -2, 2);
        CheckRange(zoom, "zoom", -1, 1);
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await ptz.RelativeMoveAsync(profile, new PtzVector(new Vector2D(pan, tilt), new Vector1D(zoom)), null, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.relative", cameraId, $"pan={pan} tilt={tilt} zoom={zoom}", actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves to a position (pan/tilt −1…1, zoom 0…1 in the generic spaces).</summary>
    public async Task AbsoluteMoveAsync(string cameraId, float pan, float tilt, float zoom, string? actor, CancellationToken cancellationToken)
    {
        CheckRange(pan, "pan", -1, 1);
        CheckRange(tilt, "tilt", -1, 1);
        CheckRange(zoom, "zoom", 0, 1);
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await ptz.AbsoluteMoveAsync(profile, new PtzVector(new Vector2D(pan, tilt), new Vector1D(zoom)), null, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.absolute", cameraId, $"pan={pan} tilt={tilt} zoom={zoom}", actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PtzPositionInfo> GetPositionAsync(string cameraId, CancellationToken cancellationToken)
    {
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        var status = await ptz.GetStatusAsync(profile, cancellationToken).ConfigureAwait(false);
        var moving = status.MoveStatus is { } m && (m.PanTilt == MoveStatus.Moving || m.Zoom == MoveStatus.Moving);
        return new PtzPositionInfo(status.Position?.PanTilt?.X, status.Position?.PanTilt?.Y, status.Position?.Zoom?.X, moving, status.UtcTime);
    }

    public async Task<IReadOnlyList<PtzPresetInfo>> GetPresetsAsync(string cameraId, CancellationToken cancellationToken)
    {
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        var presets = await ptz.GetPresetsAsync(profile, cancellationToken).ConfigureAwait(false);
        return [.. presets.Where(p => p.Token is not null).Select(p => new PtzPresetInfo(p.Token!, p.Name, p.Position?.PanTilt?.X, p.Position?.PanTilt?.Y, p.Position?.Zoom?.X))];
    }

    /// <summary>Stores the current position as a new preset; returns its token.</summary>
    public async Task<string> CreatePresetAsync(string cameraId, string name, string? actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
        {
            throw new CameraValidationException("a preset name is required (at most 64 characters)");
        }

        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        var token = await ptz.CreatePresetAsync(profile, name, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.preset.create", cameraId, $"{token} '{name}'", actor, cancellationToken).ConfigureAwait(false);
        return token;
    }

    public async Task GotoPresetAsync(string cameraId, string presetToken, string? actor, CancellationToken cancellationToken)
    {
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await RequirePresetAsync(ptz, profile, cameraId, presetToken, cancellationToken).ConfigureAwait(false);
        await ptz.GotoPresetAsync(profile, presetToken, null, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.preset.goto", cameraId, presetToken, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task RemovePresetAsync(string cameraId, string presetToken, string? actor, CancellationToken cancellationToken)
    {
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await RequirePresetAsync(ptz, profile, cameraId, presetToken, cancellationToken).ConfigureAwait(false);
        await ptz.RemovePresetAsync(profile, presetToken, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.preset.remove", cameraId, presetToken, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task GotoHomeAsync(string cameraId, string? actor, CancellationToken cancellationToken)
    {
        var (ptz, profile) = await ConnectAsync(cameraId, cancellationToken).ConfigureAwait(false);
        await ptz.GotoHomePositionAsync(profile, null, cancellationToken).ConfigureAwait(false);
        await AuditAsync("ptz.home", cameraId, null, actor, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync().ConfigureAwait(false);
        (CancellationTokenSource Cancel, Task Watch)[] watches;
        lock (_deadmen)
        {
            watches = [.. _deadmen.Values];
            _deadmen.Clear();
        }

        foreach (var (cancel, watch) in watches)
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            await watch.ConfigureAwait(false);
            cancel.Dispose();
        }

        _disposing.Dispose();
    }

    private async Task<(PtzClient Client, string Profile)> ConnectAsync(string cameraId, CancellationToken cancellationToken)
    {
        var record = await _registry.GetAsync(cameraId, cancellationToken).ConfigureAwait(false)
            ?? throw new CameraNotFoundException($"no camera '{cameraId}'");
        lock (_clients)
        {
            if (_clients.TryGetValue(cameraId, out var known) && known.Version == record.UpdatedUtc)
            {
                return (known.Client, known.Profile);
            }
        }

        var profile = record.MainProfile ?? throw new OnvifFeatureNotSupportedException("PTZ", $"camera {cameraId} has no main profile");
        var credentials = await _registry.GetCredentialsAsync(cameraId, cancellationToken).ConfigureAwait(false);
        var ptz = await _devices.Create(record.DeviceService, credentials).GetPtzAsync(cancellationToken).ConfigureAwait(false);
        lock (_clients)
        {
            _clients[cameraId] = (record.UpdatedUtc, ptz, profile);
        }

        return (ptz, profile);
    }

    private static async Task RequirePresetAsync(PtzClient ptz, string profile, string cameraId, string presetToken, CancellationToken cancellationToken)
    {
        var presets = await ptz.GetPresetsAsync(profile, cancellationToken).ConfigureAwait(false);
        if (!presets.Any(p => string.Equals(p.Token, presetToken, StringComparison.Ordinal)))
        {
            throw new CameraNotFoundException($"camera '{cameraId}' has no preset '{presetToken}'");
        }
    }

    private async Task ArmDeadmanAsync(string cameraId, PtzClient ptz, string profile)
    {
        await DisarmDeadmanAsync(cameraId).ConfigureAwait(false);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_disposing.Token);

        // the delay's timer is created before this returns, so the dead-man counts from the command
        var delay = Task.Delay(_options.PtzDeadman, _time, cancel.Token);
        var watch = WatchAsync(cameraId, ptz, profile, delay);
        lock (_deadmen)
        {
            _deadmen[cameraId] = (cancel, watch);
        }
    }

    private async Task DisarmDeadmanAsync(string cameraId)
    {
        (CancellationTokenSource Cancel, Task Watch) previous;
        lock (_deadmen)
        {
            if (!_deadmen.Remove(cameraId, out previous))
            {
                return;
            }
        }

        await previous.Cancel.CancelAsync().ConfigureAwait(false);
        await previous.Watch.ConfigureAwait(false);
        previous.Cancel.Dispose();
    }

    private async Task WatchAsync(string cameraId, PtzClient ptz, string profile, Task delay)
    {
        try
        {
            await delay.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // a newer command, a stop, or shutdown
        }

        try
        {
            await ptz.StopAsync(profile, _disposing.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _deadmanStops);
            LogDeadmanStop(_logger, cameraId, _options.PtzDeadman);
            DeadmanStopped?.Invoke(this, cameraId);
        }
        catch (Exception ex) when (ex is OnvifException or OperationCanceledException or HttpRequestException)
        {
            LogDeadmanStopFailed(_logger, cameraId, ex.Message);
        }
    }

    private ValueTask AuditAsync(string action, string cameraId, string? detail, string? actor, CancellationToken cancellationToken) =>
        _audit.RecordAsync(new CameraAuditEntry(action, cameraId, detail, actor), cancellationToken);

    private static void CheckRange(float value, string name, float min, float max)
    {
        if (!float.IsFinite(value) || value < min || value > max)
        {
            throw new CameraValidationException($"{name} {value} must be within {min}..{max}");
        }
    }

    [LoggerMessage(EventId = 5250, Level = LogLevel.Information, Message = "Camera {CameraId}: PTZ move stopped, no command within {Deadman}")]
    private static partial void LogDeadmanStop(ILogger logger, string cameraId, TimeSpan deadman);

    [LoggerMessage(EventId = 5251, Level = LogLevel.Warning, Message = "Camera {CameraId}: dead-man stop failed: {Reason}")]
    private static partial void LogDeadmanStopFailed(ILogger logger, string cameraId, string reason);
}
