using Microsoft.Extensions.Options;
using Vms.Host.Audit;
using Vms.Host.Cameras;
using Vms.Host.Options;
using Vms.Storage.Retention;

namespace Vms.Host.Recording;

/// <summary>
/// Loop recording: every <see cref="RetentionOptions.SweepInterval"/> (on the injected clock) deletes what is
/// older than each camera's retention (its own days, else the default ceiling) and the oldest recordings while
/// the volume has less than <see cref="RetentionOptions.MinFreeGiB"/> free; legal holds are respected and every
/// deletion is journalled (Storage's sweeper, executor and destruction journal). Each sweep is audited
/// (<c>retention.sweep</c>, by <c>system</c>, with what it deleted and the journal range) when an audit log is registered.
/// </summary>
public sealed partial class RetentionService : IHostedService, IAsyncDisposable
{
    private readonly RecordingStorage _storage;
    private readonly IServiceProvider _services;
    private readonly RetentionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sweeping = new(1, 1);
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;

    public RetentionService(RecordingStorage storage, IServiceProvider services, IOptions<VmsOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _services = services;
        _options = options.Value.Retention;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<RetentionService>();
    }

    /// <summary>The report of the last sweep (null before the first).</summary>
    public SweepReport? LastReport { get; private set; }

    /// <summary>Raised after each sweep, on the sweeping thread (tests, metrics).</summary>
    public event EventHandler<SweepReport>? Swept;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.SweepInterval < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException($"Vms:Retention:SweepInterval must be at least 00:00:01, not {_options.SweepInterval}");
        }

        _stopping = new CancellationTokenSource();

        // the timer exists before StartAsync returns, so a test advancing the clock cannot miss a tick
        var timer = new PeriodicTimer(_options.SweepInterval, _time);
        _loop = RunAsync(timer, _stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>Runs one sweep now with the current rules (also what the timer does).</summary>
    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        await _sweeping.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var policies = await CurrentPoliciesAsync(cancellationToken).ConfigureAwait(false);
            var executor = new RetentionExecutor(_storage.Index, _storage.Files, _loggers.CreateLogger<RetentionExecutor>());
            var sweeper = new RetentionSweeper(_storage.Index, _storage.Files, executor, _time, _loggers.CreateLogger<RetentionSweeper>());
            var report = await sweeper.SweepAsync(policies, cancellationToken).ConfigureAwait(false);
            LastReport = report;
            if (_services.GetService<IAuditLog>() is { } audit)
            {
                await audit.AppendAsync(
                    AuditRecord.Of(
                        AuditActions.RetentionSweep,
                        AuditRecord.SystemActor,
                        "retention",
                        null,
                        ("deletedForAge", report.DeletedForAge),
                        ("bytesDeletedForAge", report.BytesDeletedForAge),
                        ("deletedForQuota", report.DeletedForQuota),
                        ("bytesDeletedForQuota", report.BytesDeletedForQuota),
                        ("firstJournalSeq", report.FirstJournalSeq),
                        ("lastJournalSeq", report.LastJournalSeq),
                        ("held", report.Held.Count),
                        ("failures", report.Failures.Count)),
                    cancellationToken).ConfigureAwait(false);
            }

            Swept?.Invoke(this, report);
            return report;
        }
        finally
        {
            _sweeping.Release();
        }
    }

    /// <summary>The rules a sweep applies now (settings and the camera registry).</summary>
    public async Task<RetentionPolicies> CurrentPoliciesAsync(CancellationToken cancellationToken)
    {
        var catalog = _services.GetService<ICameraCatalog>();
        var cameras = catalog is null ? [] : await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        return RetentionPolicyBuilder.Build(_options, cameras);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping is not null)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
            await _loop.ConfigureAwait(false);
            _stopping.Dispose();
            _stopping = null;
        }

        _sweeping.Dispose();
    }

    private async Task RunAsync(PeriodicTimer timer, CancellationToken stopping)
    {
        using var _ = timer;
        await Task.Yield();
        try
        {
            // bounded by the stop token: one sweep per tick
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    await SweepAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSweepFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 5310, Level = LogLevel.Error, Message = "Retention sweep failed; retried at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
