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
/// <see cref="SignedExportService"/> (which checks the right again, signs and audits). Every job and each change of its
/// state is written to the service database (<see cref="ExportJobStore"/>), so status, download and verify work after a
/// restart. A job found queued or running when the jobs are first read (the service stopped or crashed during it), or
/// running when the service stops, ends failed with an "interrupted" message; its partial folder is kept as it was, with
/// an <c>INTERRUPTED.txt</c> saying so. Disposing cancels the running exports and waits for them.
/// </summary>
internal sealed partial class ExportJobs(SignedExportService exports, Data.HostDatabase database, IOptions<VmsOptions> options, TimeProvider time, ILogger<ExportJobs> logger) : IAsyncDisposable
{
    /// <summary>The file written into the folder of an interrupted export.</summary>
    public const string InterruptedMarker = "INTERRUPTED.txt";

    public const int MaxConcurrent = 2;
    public const int MaxPending = 16;
    public const int MaxKept = 500;
    public const string FolderName = "exports";

    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(MaxConcurrent);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly HashSet<Task> _running = [];
    private readonly ExportJobStore _store = new(database);
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private bool _loaded;
    private bool _disposed;

    /// <summary>The folder holding one sub-folder per export.</summary>
    public string Root => Path.Combine(Path.GetFullPath(options.Value.DataFolder), FolderName);

    public async Task<ExportJob?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        return _jobs.TryGetValue(id, out var job) ? job : null;
    }

    public async Task<IReadOnlyList<ExportJob>> ListAsync(string user, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        return [.. _jobs.Values.Where(j => j.Request.User == user).OrderBy(j => j.ToView().CreatedAt)];
    }

    /// <summary>
    /// Queues an export (its <c>Folder</c> is chosen here) after writing it to the database; null when
    /// <see cref="MaxPending"/> are already queued or running.
    /// </summary>
    public async Task<ExportJob?> SubmitAsync(SignedExportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        ExportJob job;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_jobs.Values.Count(j => j.IsPending) >= MaxPending)
            {
                return null;
            }

            Forget();
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            job = new ExportJob(id, request with { Folder = Path.Combine(Root, id) }, time.GetUtcNow());
            _jobs[id] = job;
        }

        try
        {
            await _store.InsertAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _jobs.TryRemove(job.Id, out _);
            throw;
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _running.RemoveWhere(t => t.IsCompleted);
            _running.Add(RunAsync(job, _stopping.Token));
        }

        LogQueued(logger, job.Id, request.User, request.Camera.Id, request.Requisition);
        return job;
    }

    /// <summary>Reads the newest jobs once; those left queued or running by a stop or crash end failed as interrupted.</summary>
    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _loaded))
        {
            return;
        }

        await _loadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_loaded)
            {
                return;
            }

            foreach (var job in await _store.ListRecentAsync(MaxKept, cancellationToken).ConfigureAwait(false))
            {
                if (job.IsPending)
                {
                    await InterruptAsync(job, "the service stopped (or crashed) before the export finished", cancellationToken).ConfigureAwait(false);
                }

                _jobs.TryAdd(job.Id, job);
            }

            Volatile.Write(ref _loaded, true);
        }
        finally
        {
            _loadGate.Release();
        }
    }

    /// <summary>Ends a job that cannot finish: failed, "interrupted: ...", its partial folder (if any) marked and kept.</summary>
    private async Task InterruptAsync(ExportJob job, string what, CancellationToken cancellationToken)
    {
        var folder = job.Request.Folder;
        var message = $"interrupted: {what}; start a new export. Partial folder {FolderName}/{job.Id} kept as it was (not a valid export)";
        job.MarkFailed(message, time.GetUtcNow());
        if (Directory.Exists(folder))
        {
            try
            {
                await File.WriteAllTextAsync(Path.Combine(folder, InterruptedMarker), message + Environment.NewLine, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogFailed(logger, job.Id, "cannot mark the partial folder: " + e.Message);
            }
        }

        LogInterrupted(logger, job.Id, folder);
        await SaveAsync(job, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(ExportJob job, CancellationToken cancellationToken)
    {
        try
        {
            await _store.UpdateAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or Data.HostDatabaseException)
        {
            LogNotSaved(logger, job.Id, e.Message);
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
            await InterruptAsync(job, "the service stopped before the export started", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        try
        {
            job.MarkRunning();
            await SaveAsync(job, cancellationToken).ConfigureAwait(false);
            Directory.CreateDirectory(Root);
            var result = await exports.ExportAsync(job.Request, cancellationToken).ConfigureAwait(false);
            var files = Directory.EnumerateFiles(result.Folder)
                .Select(f => new ExportFile(Path.GetFileName(f), new FileInfo(f).Length))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            var manifestSha = await HashAsync(result.ManifestPath, cancellationToken).ConfigureAwait(false);
            job.MarkDone(files, manifestSha, result.Manifest.Video.Sha256, time.GetUtcNow());
            await SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
            LogDone(logger, job.Id, result.Manifest.Video.Frames, result.Manifest.Video.Bytes);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await InterruptAsync(job, "the service stopped during the export", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or RequisitionException or ExportException or IOException)
        {
            job.MarkFailed(e.Message, time.GetUtcNow());
            await SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
            LogFailed(logger, job.Id, e.Message);
        }
#pragma warning disable CA1031 // a background export must end in a state the caller can read, whatever went wrong
        catch (Exception e)
#pragma warning restore CA1031
        {
            job.MarkFailed("the export failed: " + e.GetType().Name, time.GetUtcNow());
            await SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
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
        _loadGate.Dispose();
    }

    [LoggerMessage(EventId = 5360, Level = LogLevel.Information, Message = "Export {Id} queued for '{User}': camera {Camera}, requisition {Requisition}")]
    private static partial void LogQueued(ILogger logger, string id, string user, string camera, string requisition);

    [LoggerMessage(EventId = 5361, Level = LogLevel.Information, Message = "Export {Id} done: {Frames} frames, {Bytes} bytes")]
    private static partial void LogDone(ILogger logger, string id, int frames, long bytes);

    [LoggerMessage(EventId = 5362, Level = LogLevel.Warning, Message = "Export {Id} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);

    [LoggerMessage(EventId = 5363, Level = LogLevel.Error, Message = "Export {Id} failed unexpectedly")]
    private static partial void LogCrashed(ILogger logger, string id, Exception exception);

    [LoggerMessage(EventId = 5364, Level = LogLevel.Warning, Message = "Export {Id} interrupted; its partial folder {Folder} is kept and marked")]
    private static partial void LogInterrupted(ILogger logger, string id, string folder);

    [LoggerMessage(EventId = 5365, Level = LogLevel.Error, Message = "Export {Id}: its state could not be saved: {Reason}")]
    private static partial void LogNotSaved(ILogger logger, string id, string reason);
}
