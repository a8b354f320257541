using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Vms.Host.Exports;
using Vms.Host.Options;
using Vms.Host.Requisitions;
using Vms.Storage.Export;

namespace Vms.Host.Api.Exports;

/// <summary>
/// Runs the exports asked through the API in the background, at most <see cref="MaxConcurrent"/> at a time and
/// <see cref="MaxPending"/> queued or running, each into <c>&lt;DataFolder&gt;/exports/&lt;id&gt;/</c> through
/// <see cref="SignedExportService"/> (which checks the right again, signs and audits). Jobs are kept in memory
/// (the folders stay on disk after a restart). Disposing cancels the running exports and waits for them.
/// </summary>
internal sealed partial class ExportJobs(SignedExportService exports, IOptions<VmsOptions> options, TimeProvider time, ILogger<ExportJobs> logger) : IAsyncDisposable
{
    public const int MaxConcurrent = 2;
    public const int MaxPending = 16;
    public const int MaxKept = 500;
    public const string FolderName = "exports";

    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(MaxConcurrent);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly HashSet<Task> _running = [];
    private bool _disposed;

    /// <summary>The folder holding one sub-folder per export.</summary>
    public string Root => Path.Combine(Path.GetFullPath(options.Value.DataFolder), FolderName);

    public ExportJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    public IReadOnlyList<ExportJob> List(string user) =>
        [.. _jobs.Values.Where(j => j.Request.User == user).OrderBy(j => j.ToView().CreatedAt)];

    /// <summary>Queues an export (its <c>Folder</c> is chosen here); null when <see cref="MaxPending"/> are already queued or running.</summary>
    public ExportJob? Submit(SignedExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _running.RemoveWhere(t => t.IsCompleted);
            if (_running.Count >= MaxPending)
            {
                return null;
            }

            Forget();
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            var job = new ExportJob(id, request with { Folder = Path.Combine(Root, id) }, time.GetUtcNow());
            _jobs[id] = job;
            var run = RunAsync(job, _stopping.Token);
            _running.Add(run);
            LogQueued(logger, id, request.User, request.Camera.Id, request.Requisition);
            return job;
        }
    }

    /// <summary>Drops the oldest finished jobs beyond <see cref="MaxKept"/> (their folders stay).</summary>
    private void Forget()
    {
        var excess = _jobs.Count - MaxKept + 1;
        if (excess <= 0)
        {
            return;
        }

        foreach (var old in _jobs.Values.Select(j => j.ToView()).Where(v => v.FinishedAt is not null).OrderBy(v => v.CreatedAt).Take(excess))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    private async Task RunAsync(ExportJob job, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            job.MarkFailed("the service stopped before the export started", time.GetUtcNow());
            return;
        }

        try
        {
            job.MarkRunning();
            Directory.CreateDirectory(Root);
            var result = await exports.ExportAsync(job.Request, cancellationToken).ConfigureAwait(false);
            var files = Directory.EnumerateFiles(result.Folder)
                .Select(f => new ExportFile(Path.GetFileName(f), new FileInfo(f).Length))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            var manifestSha = await HashAsync(result.ManifestPath, cancellationToken).ConfigureAwait(false);
            job.MarkDone(files, manifestSha, result.Manifest.Video.Sha256, time.GetUtcNow());
            LogDone(logger, job.Id, result.Manifest.Video.Frames, result.Manifest.Video.Bytes);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or RequisitionException or ExportException or IOException)
        {
            job.MarkFailed(e.Message, time.GetUtcNow());
            LogFailed(logger, job.Id, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            job.MarkFailed("the service stopped during the export", time.GetUtcNow());
        }
#pragma warning disable CA1031 // a background export must end in a state the caller can read, whatever went wrong
        catch (Exception e)
#pragma warning restore CA1031
        {
            job.MarkFailed("the export failed: " + e.GetType().Name, time.GetUtcNow());
            LogCrashed(logger, job.Id, e);
        }
        finally
        {
            _slots.Release();
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] running;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            running = [.. _running];
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(false);
        _stopping.Dispose();
        _slots.Dispose();
    }

    [LoggerMessage(EventId = 5360, Level = LogLevel.Information, Message = "Export {Id} queued for '{User}': camera {Camera}, requisition {Requisition}")]
    private static partial void LogQueued(ILogger logger, string id, string user, string camera, string requisition);

    [LoggerMessage(EventId = 5361, Level = LogLevel.Information, Message = "Export {Id} done: {Frames} frames, {Bytes} bytes")]
    private static partial void LogDone(ILogger logger, string id, int frames, long bytes);

    [LoggerMessage(EventId = 5362, Level = LogLevel.Warning, Message = "Export {Id} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);

    [LoggerMessage(EventId = 5363, Level = LogLevel.Error, Message = "Export {Id} failed unexpectedly")]
    private static partial void LogCrashed(ILogger logger, string id, Exception exception);
}
