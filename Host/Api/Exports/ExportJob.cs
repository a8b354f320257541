using Vms.Host.Exports;

namespace Vms.Host.Api.Exports;

/// <summary>One export asked through the API: the request, and its state as the background run updates it
/// (persisted by <see cref="ExportJobStore"/>).</summary>
internal sealed class ExportJob(string id, SignedExportRequest request, DateTimeOffset createdAt)
{
    private readonly Lock _lock = new();
    private string _status = ExportJobStatus.Queued;
    private string? _message;
    private DateTimeOffset? _finishedAt;
    private IReadOnlyList<ExportFile> _files = [];
    private string? _manifestSha256;
    private string? _videoSha256;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    /// <summary>A job read back from the database (a finished one's <see cref="Finished"/> is already complete).</summary>
    public static ExportJob Restore(string id, SignedExportRequest request, DateTimeOffset createdAt, string status, string? message, DateTimeOffset? finishedAt, IReadOnlyList<ExportFile> files, string? manifestSha256, string? videoSha256)
    {
        var job = new ExportJob(id, request, createdAt);
        (job._status, job._message, job._finishedAt, job._files, job._manifestSha256, job._videoSha256) = (status, message, finishedAt, files, manifestSha256, videoSha256);
        if (status is ExportJobStatus.Done or ExportJobStatus.Failed)
        {
            job._finished.TrySetResult();
        }

        return job;
    }

    /// <summary>True while queued or running.</summary>
    public bool IsPending
    {
        get
        {
            lock (_lock)
            {
                return _status is ExportJobStatus.Queued or ExportJobStatus.Running;
            }
        }
    }

    public SignedExportRequest Request { get; } = request;

    /// <summary>Completes when the job is done or failed.</summary>
    public Task Finished => _finished.Task;

    public bool IsDone
    {
        get
        {
            lock (_lock)
            {
                return _status == ExportJobStatus.Done;
            }
        }
    }

    /// <summary>The files of a finished export (empty before).</summary>
    public IReadOnlyList<ExportFile> Files
    {
        get
        {
            lock (_lock)
            {
                return _files;
            }
        }
    }

    public void MarkRunning()
    {
        lock (_lock)
        {
            _status = ExportJobStatus.Running;
        }
    }

    public void MarkDone(IReadOnlyList<ExportFile> files, string manifestSha256, string videoSha256, DateTimeOffset at)
    {
        lock (_lock)
        {
            (_status, _files, _manifestSha256, _videoSha256, _finishedAt) = (ExportJobStatus.Done, files, manifestSha256, videoSha256, at);
        }

        _finished.TrySetResult();
    }

    public void MarkFailed(string message, DateTimeOffset at)
    {
        lock (_lock)
        {
            (_status, _message, _finishedAt) = (ExportJobStatus.Failed, message, at);
        }

        _finished.TrySetResult();
    }

    public ExportJobView ToView()
    {
        lock (_lock)
        {
            var r = Request;
            return new ExportJobView(Id, _status, _message, r.User, r.Camera.Id, r.Stream, r.From, r.To, r.Requisition, createdAt, _finishedAt, _files, _manifestSha256, _videoSha256);
        }
    }
}
