using Vms.Simulators.Camera;

namespace Vms.Simulators.Faults;

/// <summary>What each fault does to the camera, and undoing it (runs on the injector's loop only).</summary>
internal sealed partial class FaultInjector
{
    /// <summary>For work already on the loop (the scheduler's firings).</summary>
    internal Task ApplyNowAsync(SimulatedCamera camera, FaultRequest request, CancellationToken cancellationToken) =>
        StartFaultAsync(camera, request, cancellationToken);

    private async Task StartFaultAsync(SimulatedCamera camera, FaultRequest request, CancellationToken cancellationToken)
    {
        var kind = request.Kind;
        CameraFaults faults;
        lock (_gate)
        {
            if (!_cameras.TryGetValue(camera, out faults!))
            {
                faults = new CameraFaults();
                _cameras[camera] = faults;
            }
        }

        if (kind == FaultKind.RtspDrop)
        {
            await camera.DropRtspConnectionsAsync(cancellationToken).ConfigureAwait(false);
            FaultLog.Started(_logger, camera.Name, kind, null);
            Raise(camera, kind, started: true);
            Raise(camera, kind, started: false);
            return;
        }

        // replacing an active fault of the same kind: its end timer goes, its effect is overwritten
        Applied? previous;
        lock (_gate)
        {
            faults.Active.Remove(kind, out previous);
        }

        previous?.EndTimer?.Dispose();
        switch (kind)
        {
            case FaultKind.Reboot:
                await camera.GoOfflineAsync(cancellationToken).ConfigureAwait(false);
                break;
            case FaultKind.Stall:
                camera.StreamStalled = true;
                break;
            case FaultKind.PacketLoss:
                camera.SetPacketLoss(request.Percent!.Value, request.Seed);
                break;
            case FaultKind.ClockSkew:
                faults.SkewBefore ??= camera.ClockSkew;
                camera.ClockSkew = request.Offset!.Value;
                camera.LogClockSet();
                break;
            case FaultKind.RefuseCredentials:
                camera.RefuseCredentials = true;
                break;
            case FaultKind.SlowSoap:
                camera.SoapDelay = request.Delay!.Value;
                break;
            case FaultKind.CorruptNal:
                camera.CorruptNalUnits = true;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), kind, "unknown fault");
        }

        var now = _time.GetUtcNow();
        var duration = request.Duration ?? (kind == FaultKind.Reboot ? FaultRequest.DefaultRebootDuration : null);
        ITimer? endTimer = null;
        if (duration is { } d)
        {
            endTimer = _time.CreateTimer(_ => Enqueue(camera, ct => EndFaultAsync(camera, kind, ct)), null, d, Timeout.InfiniteTimeSpan);
        }

        lock (_gate)
        {
            faults.Active[kind] = new Applied(new ActiveFault(kind, request, now, now + duration), endTimer);
        }

        FaultLog.Started(_logger, camera.Name, kind, duration);
        Raise(camera, kind, started: true);
    }

    private async Task EndFaultAsync(SimulatedCamera camera, FaultKind kind, CancellationToken cancellationToken)
    {
        Applied? applied;
        CameraFaults? faults;
        lock (_gate)
        {
            if (!_cameras.TryGetValue(camera, out faults) || !faults.Active.Remove(kind, out applied))
            {
                return; // cleared or replaced meanwhile
            }
        }

        applied.EndTimer?.Dispose();
        switch (kind)
        {
            case FaultKind.Reboot:
                await camera.GoOnlineAsync(cancellationToken).ConfigureAwait(false);
                break;
            case FaultKind.Stall:
                camera.StreamStalled = false;
                break;
            case FaultKind.PacketLoss:
                camera.PacketLossPercent = 0;
                break;
            case FaultKind.ClockSkew:
                camera.ClockSkew = faults.SkewBefore ?? TimeSpan.Zero;
                faults.SkewBefore = null;
                camera.LogClockSet();
                break;
            case FaultKind.RefuseCredentials:
                camera.RefuseCredentials = false;
                break;
            case FaultKind.SlowSoap:
                camera.SoapDelay = TimeSpan.Zero;
                break;
            case FaultKind.CorruptNal:
                camera.CorruptNalUnits = false;
                break;
            default:
                break;
        }

        FaultLog.Ended(_logger, camera.Name, kind);
        Raise(camera, kind, started: false);
    }

    private async Task ClearFaultsAsync(SimulatedCamera camera, CancellationToken cancellationToken)
    {
        FaultKind[] kinds;
        lock (_gate)
        {
            kinds = _cameras.TryGetValue(camera, out var faults) ? [.. faults.Active.Keys] : [];
        }

        foreach (var kind in kinds)
        {
            await EndFaultAsync(camera, kind, cancellationToken).ConfigureAwait(false);
        }

        FaultLog.Cleared(_logger, camera.Name);
    }
}
