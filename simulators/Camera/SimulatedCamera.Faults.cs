namespace Vms.Simulators.Camera;

/// <summary>
/// Fault hooks for the fleet's fault injection: each imitates a failure seen on real cameras. They act on the
/// running camera and are not persisted (except <see cref="ClockSkew"/>, which is the device clock itself).
/// </summary>
public sealed partial class SimulatedCamera
{
    private readonly CancellationTokenSource _rebootCancel = new();
    private Task? _reboot;
    private long _soapDelayTicks;
    private volatile bool _refuseCredentials;
    private volatile bool _streamStalled;
    private volatile bool _corruptNalUnits;

    /// <summary>Every SOAP answer is delayed by this much (0: none).</summary>
    public TimeSpan SoapDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _soapDelayTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Interlocked.Exchange(ref _soapDelayTicks, value.Ticks);
        }
    }

    /// <summary>Reject every credential (SOAP and RTSP), as a camera whose password was changed behind our back.</summary>
    public bool RefuseCredentials
    {
        get => _refuseCredentials;
        set => _refuseCredentials = value;
    }

    /// <summary>Stop producing frames while the RTSP sessions stay up (a frozen encoder).</summary>
    public bool StreamStalled
    {
        get => _streamStalled;
        set => _streamStalled = value;
    }

    /// <summary>Damage the slice data of every non-IDR access unit (decoders report errors, the RTP flow continues).</summary>
    public bool CorruptNalUnits
    {
        get => _corruptNalUnits;
        set => _corruptNalUnits = value;
    }

    /// <summary>Device clock minus host clock; SetSystemDateAndTime changes it too. Persisted like a real RTC.</summary>
    public TimeSpan ClockSkew
    {
        get => _clock.Offset;
        set
        {
            _clock.Offset = value;
            Change(s => s.ClockOffset = value);
        }
    }

    /// <summary>Closes HTTP and RTSP (viewers disconnected) and says Bye: the camera vanishes from the network.</summary>
    public async Task GoOfflineAsync(CancellationToken cancellationToken)
    {
        await _lifecycleGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lifecycle is CameraLifecycle.Online)
            {
                await CloseEndpointsAsync(cancellationToken).ConfigureAwait(false);
                _lifecycle = CameraLifecycle.Offline;
                CameraLog.WentOffline(_logger, Name);
            }
        }
        finally
        {
            _lifecycleGate.Release();
        }
    }

    /// <summary>Reopens the endpoints on the same ports and says Hello.</summary>
    public async Task GoOnlineAsync(CancellationToken cancellationToken)
    {
        await _lifecycleGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lifecycle is CameraLifecycle.Offline or CameraLifecycle.Rebooting)
            {
                await OpenEndpointsAsync(cancellationToken).ConfigureAwait(false);
                _lifecycle = CameraLifecycle.Online;
                CameraLog.WentOnline(_logger, Name);
            }
        }
        finally
        {
            _lifecycleGate.Release();
        }
    }

    /// <summary>Goes offline (Bye), stays away for <paramref name="downtime"/> (default: the options' reboot time) on
    /// the camera's time provider, then comes back (Hello). Configuration is kept, PTZ motion stops.</summary>
    public async Task RebootAsync(TimeSpan? downtime, CancellationToken cancellationToken)
    {
        await GoOfflineAsync(cancellationToken).ConfigureAwait(false);
        await _lifecycleGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_lifecycle != CameraLifecycle.Offline)
            {
                return; // disposed meanwhile
            }

            _lifecycle = CameraLifecycle.Rebooting;
        }
        finally
        {
            _lifecycleGate.Release();
        }

        _ptz.Stop(panTilt: true, zoom: true);
        CameraLog.Rebooting(_logger, Name, downtime ?? _options.RebootDuration);
        await Task.Delay(downtime ?? _options.RebootDuration, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        await GoOnlineAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every RTSP connection (the server restarts on the same port); SOAP stays up.</summary>
    public async Task DropRtspConnectionsAsync(CancellationToken cancellationToken)
    {
        await _lifecycleGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_rtsp is { } rtsp)
            {
                await rtsp.DisposeAsync().ConfigureAwait(false);
                _rtsp = CreateRtspServer();
                await _rtsp.StartAsync(cancellationToken).ConfigureAwait(false);
                CameraLog.RtspDropped(_logger, Name);
            }
        }
        finally
        {
            _lifecycleGate.Release();
        }
    }

    /// <summary>The reboot a SystemReboot request asked for: runs after the answer went out; awaited by DisposeAsync.</summary>
    internal void ScheduleReboot()
    {
        var previous = _reboot;
        _reboot = Task.Run(async () =>
        {
            if (previous is not null)
            {
                await previous.ConfigureAwait(false);
            }

            try
            {
                // let the SystemReboot answer leave before the HTTP endpoint closes
                await Task.Delay(TimeSpan.FromMilliseconds(200), _options.TimeProvider, _rebootCancel.Token).ConfigureAwait(false);
                await RebootAsync(null, _rebootCancel.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_rebootCancel.IsCancellationRequested)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        });
    }
}
