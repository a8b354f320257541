using Microsoft.Extensions.Options;
using Vms.Host.Options;
using Vms.Onvif.Client;

namespace Vms.Host.Cameras.Registry;

/// <summary>
/// The camera registry in the service database: add, change, remove, and the desired settings the supervisors
/// apply. Credentials are encrypted at rest (<see cref="CameraCredentialProtector"/>) and never leave through a
/// <see cref="CameraRecord"/>. Implements <see cref="ICameraCatalog"/> for the other features; <see cref="Changed"/>
/// is raised after every committed change of this process, and for changes of other processes (the CLI) when the
/// running service's <see cref="Data.HostChangeWatcher"/> sees them (<c>CameraRegistry.Follow.cs</c>).
/// </summary>
public sealed partial class CameraRegistry : ICameraCatalog, Data.IHostChangeFollower, IDisposable
{
    private readonly CameraStore _store;
    private readonly CameraCredentialProtector _protector;
    private readonly TimeProvider _time;
    private readonly ILogger<CameraRegistry> _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public CameraRegistry(Data.HostDatabase database, CameraCredentialProtector protector, IOptions<VmsOptions> options, TimeProvider time, ILogger<CameraRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = new CameraStore(database);
        _protector = protector;
        _time = time;
        _logger = logger;
        DefaultEncoder = new CameraEncoderSettings(options.Value.Recording.DefaultFrameRate);
    }

    public event EventHandler<string>? Changed;

    /// <summary>The encoder settings a new camera gets unless told otherwise (the site's frame rate).</summary>
    public CameraEncoderSettings DefaultEncoder { get; }

    public async ValueTask<CameraInfo?> FindAsync(string cameraId, CancellationToken cancellationToken) =>
        (await GetAsync(cameraId, cancellationToken).ConfigureAwait(false))?.ToInfo();

    public async ValueTask<IReadOnlyList<CameraInfo>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await ListRecordsAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.ToInfo())];

    public async Task<IReadOnlyList<CameraRecord>> ListRecordsAsync(CancellationToken cancellationToken) =>
        [.. (await _store.ListAsync(cancellationToken).ConfigureAwait(false)).Select(CameraStore.ToRecord)];

    public async Task<CameraRecord?> GetAsync(string cameraId, CancellationToken cancellationToken)
    {
        if (!CameraIds.IsValid(cameraId))
        {
            return null;
        }

        var row = await _store.FindAsync(cameraId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : CameraStore.ToRecord(row);
    }

    /// <summary>
    /// Adds a camera. An empty <see cref="CameraRecord.Id"/> is derived from the name (made unique); a chosen one must be
    /// free. Throws <see cref="CameraValidationException"/> or <see cref="CameraConflictException"/> (id or device taken).
    /// </summary>
    public async Task<CameraRecord> AddAsync(CameraRecord draft, OnvifCredentials? credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        CameraRecord record;
        try
        {
            var existing = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
            var id = draft.Id;
            if (string.IsNullOrEmpty(id))
            {
                var ids = existing.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                id = CameraIds.Unique(CameraIds.FromName(draft.Name), ids.Contains);
            }

            var now = _time.GetUtcNow();
            record = draft with { Id = id, HasCredentials = credentials is not null, CreatedUtc = now, UpdatedUtc = now };
            Validate(record);
            if (existing.FirstOrDefault(r => r.Id == id || string.Equals(r.DeviceService, record.DeviceService.AbsoluteUri, StringComparison.OrdinalIgnoreCase)) is { } clash)
            {
                throw new CameraConflictException(clash.Id == id
                    ? $"camera id '{id}' is taken"
                    : $"device {record.DeviceService} is already adopted as '{clash.Id}'");
            }

            var row = CameraStore.ToRow(record, credentials is null ? null : _protector.Protect(id, credentials));
            if (!await _store.InsertAsync(row, cancellationToken).ConfigureAwait(false))
            {
                throw new CameraConflictException($"camera id '{id}' or device {record.DeviceService} was adopted meanwhile");
            }

            Remember(id, row);
        }
        finally
        {
            _writeGate.Release();
        }

        LogAdded(_logger, record.Id, record.DeviceService);
        RaiseChanged(record.Id);
        return record;
    }

    /// <summary>Changes a camera (everything but its id and creation time); <see cref="CameraNotFoundException"/> when unknown.</summary>
    public Task<CameraRecord> UpdateAsync(string cameraId, Func<CameraRecord, CameraRecord> change, CancellationToken cancellationToken) =>
        UpdateCoreAsync(cameraId, change, null, false, cancellationToken);

    /// <summary>Replaces (or with null removes) a camera's stored credentials.</summary>
    public Task<CameraRecord> SetCredentialsAsync(string cameraId, OnvifCredentials? credentials, CancellationToken cancellationToken) =>
        UpdateCoreAsync(cameraId, r => r, credentials, true, cancellationToken);

    public Task<CameraRecord> SetMasksAsync(string cameraId, IReadOnlyList<CameraMask> masks, CancellationToken cancellationToken) =>
        UpdateAsync(cameraId, r => r with { Masks = masks }, cancellationToken);

    public Task<CameraRecord> SetEncoderAsync(string cameraId, CameraEncoderSettings encoder, CancellationToken cancellationToken) =>
        UpdateAsync(cameraId, r => r with { Encoder = encoder }, cancellationToken);

    /// <summary>Removes a camera; false when it was not there.</summary>
    public async Task<bool> RemoveAsync(string cameraId, CancellationToken cancellationToken)
    {
        if (!CameraIds.IsValid(cameraId))
        {
            return false;
        }

        bool removed;
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            removed = await _store.DeleteAsync(cameraId, cancellationToken).ConfigureAwait(false);
            Remember(cameraId, null);
        }
        finally
        {
            _writeGate.Release();
        }

        if (removed)
        {
            LogRemoved(_logger, cameraId);
            RaiseChanged(cameraId);
        }

        return removed;
    }

    /// <summary>The decrypted credentials, for the supervisor and PTZ only (never logged, never returned by the API).</summary>
    internal async Task<OnvifCredentials?> GetCredentialsAsync(string cameraId, CancellationToken cancellationToken)
    {
        var row = await _store.FindAsync(cameraId, cancellationToken).ConfigureAwait(false);
        return row?.CredentialsProtected is { } text ? _protector.Unprotect(cameraId, text) : null;
    }

    private async Task<CameraRecord> UpdateCoreAsync(string cameraId, Func<CameraRecord, CameraRecord> change, OnvifCredentials? credentials, bool setCredentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        CameraRecord updated;
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var row = (CameraIds.IsValid(cameraId) ? await _store.FindAsync(cameraId, cancellationToken).ConfigureAwait(false) : null)
                ?? throw new CameraNotFoundException($"no camera '{cameraId}'");
            var current = CameraStore.ToRecord(row);
            var protectedText = setCredentials
                ? (credentials is null ? null : _protector.Protect(cameraId, credentials))
                : row.CredentialsProtected;
            updated = change(current) with
            {
                Id = current.Id,
                CreatedUtc = current.CreatedUtc,
                UpdatedUtc = _time.GetUtcNow(),
                HasCredentials = protectedText is not null,
            };
            Validate(updated);
            if (!string.Equals(updated.DeviceService.AbsoluteUri, current.DeviceService.AbsoluteUri, StringComparison.OrdinalIgnoreCase)
                && (await _store.ListAsync(cancellationToken).ConfigureAwait(false)).Any(r => r.Id != cameraId && string.Equals(r.DeviceService, updated.DeviceService.AbsoluteUri, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CameraConflictException($"device {updated.DeviceService} is already adopted");
            }

            var updatedRow = CameraStore.ToRow(updated, protectedText);
            if (!await _store.UpdateAsync(updatedRow, cancellationToken).ConfigureAwait(false))
            {
                throw new CameraNotFoundException($"camera '{cameraId}' was removed meanwhile");
            }

            Remember(cameraId, updatedRow);
        }
        finally
        {
            _writeGate.Release();
        }

        LogChanged(_logger, cameraId);
        RaiseChanged(cameraId);
        return updated;
    }

    private static void Validate(CameraRecord record)
    {
        string? problem = null;
        if (!CameraIds.IsValid(record.Id))
        {
            problem = $"id '{record.Id}' must be 1-{CameraIds.MaxLength} characters a-z, 0-9 and '-' (not at either end)";
        }
        else if (string.IsNullOrWhiteSpace(record.Name) || record.Name.Length > 200)
        {
            problem = "name is required (at most 200 characters)";
        }
        else if (record.Location is { Length: > 200 } || record.Group is { Length: > 100 })
        {
            problem = "location is at most 200 characters, group at most 100";
        }
        else if (!record.DeviceService.IsAbsoluteUri || record.DeviceService.Scheme is not ("http" or "https"))
        {
            problem = $"device service '{record.DeviceService}' must be an absolute http(s) URL";
        }
        else if (record.RetentionDays is { } days && days is < 1 or > 3650)
        {
            problem = $"retentionDays {days} must be within 1..3650";
        }
        else
        {
            problem = (record.Encoder ?? throw new CameraValidationException("encoder settings are required")).Validate() ?? CameraMask.Validate(record.Masks);
        }

        if (problem is not null)
        {
            throw new CameraValidationException(problem);
        }
    }

    public void Dispose() => _writeGate.Dispose();

    private void RaiseChanged(string cameraId) => Changed?.Invoke(this, cameraId);

    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Camera {CameraId} added ({DeviceService})")]
    private static partial void LogAdded(ILogger logger, string cameraId, Uri deviceService);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Camera {CameraId} changed")]
    private static partial void LogChanged(ILogger logger, string cameraId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Camera {CameraId} removed")]
    private static partial void LogRemoved(ILogger logger, string cameraId);
}
