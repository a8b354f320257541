using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.Channels;
using Vms.Host.Cameras.Registry;
using Vms.Host.Streaming;
using Vms.Onvif.Client;
using Vms.Onvif.Soap;
using Vms.Rtsp.Client;

namespace Vms.Host.Cameras.Supervision;

/// <summary>
/// Keeps one camera connected: ONVIF (clock sync, desired encoder settings and masks, stream URIs), then the RTSP pull
/// of its main and sub streams into <see cref="IStreamIngest"/>. Whatever ends a session (camera gone, reboot, stall,
/// refusal) leads to a retry after an exponential backoff (capped) on the injected clock. The desired settings are
/// verified after every (re)connection, every <see cref="CameraOptions.ConfigurationCheckInterval"/>, and when the
/// registry changes them; differences found on an already configured camera are reported as drift and re-applied.
/// </summary>
internal sealed partial class CameraSupervisor : IAsyncDisposable
{
    private readonly CameraRegistry _registry;
    private readonly CameraDevices _devices;
    private readonly IStreamIngest _ingest;
    private readonly CameraStates _states;
    private readonly CameraOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<bool> _recheck = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private CameraRecord _record;
    private bool _configuredOnce;
    private Task _loop = Task.CompletedTask;

    public CameraSupervisor(CameraRecord record, CameraRegistry registry, CameraDevices devices, IStreamIngest ingest, CameraStates states, CameraOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _record = record;
        _registry = registry;
        _devices = devices;
        _ingest = ingest;
        _states = states;
        _options = options;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<CameraSupervisor>();
    }

    public string CameraId => _record.Id;

    public CameraRecord Record => Volatile.Read(ref _record);

    public void Start()
    {
        SupervisorLog.Started(_logger, CameraId);
        _loop = RunAsync(_stop.Token);
    }

    /// <summary>New desired settings (masks, encoder, names): verified and applied on the camera without reconnecting.</summary>
    public void UpdateDesired(CameraRecord record)
    {
        Volatile.Write(ref _record, record);
        _recheck.Writer.TryWrite(true);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _states.Update(CameraId, s => s with { Status = CameraConnectionStatus.Stopped, Recording = false, NextAttemptUtc = null });
        SupervisorLog.Stopped(_logger, CameraId);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var failures = 0;
        for (var attempt = 0; !cancellationToken.IsCancellationRequested; attempt++)
        {
            _states.Update(CameraId, s => s with
            {
                Status = CameraConnectionStatus.Connecting,
                ReconnectCount = attempt == 0 ? s.ReconnectCount : s.ReconnectCount + 1,
                NextAttemptUtc = null,
            });
            string reason;
            try
            {
                var wentOnline = await RunSessionAsync(cancellationToken).ConfigureAwait(false);
                reason = "session ended";
                failures = wentOnline ? 0 : failures;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (CameraSessionFailedException ex)
            {
                reason = ex.Message;
                failures = ex.WentOnline ? 0 : failures;
            }

            // the delay's timer exists before the state says Retrying, so a test clock advanced on that state fires it
            var delay = Backoff(failures++);
            var wait = Task.Delay(delay, _time, cancellationToken);
            var now = _time.GetUtcNow();
            _states.Update(CameraId, s => s with
            {
                Status = CameraConnectionStatus.Retrying,
                Recording = false,
                LastError = reason,
                LastErrorUtc = now,
                NextAttemptUtc = now + delay,
            });
            SupervisorLog.Offline(_logger, CameraId, reason, attempt + 1, delay);
            try
            {
                await wait.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var initial = _options.ReconnectInitialDelay;
        var max = _options.ReconnectMaxDelay;
        var ticks = initial.Ticks * Math.Pow(2, Math.Min(failures, 30));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>One connection: configure, pull, check; returns or throws when it ends (whether it got online is reported).</summary>
    private async Task<bool> RunSessionAsync(CancellationToken cancellationToken)
    {
        var online = false;
        try
        {
            var record = Record;
            var credentials = await _registry.GetCredentialsAsync(record.Id, cancellationToken).ConfigureAwait(false);
            var device = _devices.Create(record.DeviceService, credentials);
            await SyncClockAsync(device, cancellationToken).ConfigureAwait(false);
            var media = await device.GetMediaAsync(cancellationToken).ConfigureAwait(false);
            await ApplyConfigurationAsync(device, media, cancellationToken).ConfigureAwait(false);
            var main = record.MainProfile ?? throw new CameraStreamEndedException("no main profile chosen");
            var mainUri = (await media.GetStreamUriAsync(main, StreamTransport.RtspTcp, cancellationToken).ConfigureAwait(false)).Uri;
            var subUri = record.SubProfile is { } sub
                ? (await media.GetStreamUriAsync(sub, StreamTransport.RtspTcp, cancellationToken).ConfigureAwait(false)).Uri
                : null;

            using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var checks = CheckLoopAsync(device, media, session.Token);
            var mainPull = PullAsync(CameraStreamKind.Main, mainUri, credentials, () => online = true, session.Token);
            var subPull = subUri is null ? Task.CompletedTask : SubPullLoopAsync(subUri, credentials, session.Token);
            try
            {
                await mainPull.ConfigureAwait(false);
            }
            finally
            {
                await session.CancelAsync().ConfigureAwait(false);
                await Task.WhenAll(subPull, checks).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            return online;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsSessionFailure(ex))
        {
            throw new CameraSessionFailedException(ex.Message, online, ex);
        }
    }

    private static bool IsSessionFailure(Exception ex) =>
        ex is OnvifException or RtspClientException or CameraStreamEndedException or HttpRequestException or IOException
            or SocketException or CryptographicException or TimeoutException or OperationCanceledException or InvalidOperationException;

}
