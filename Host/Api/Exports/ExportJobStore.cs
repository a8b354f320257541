using System.Globalization;
using System.Text.Json;
using Dapper;
using Vms.Host.Data;
using Vms.Host.Exports;
using Vms.Host.Security;

namespace Vms.Host.Api.Exports;

/// <summary>The SQL of the export jobs (migration <c>0040_exports</c>; portable statements for both dialects).</summary>
internal sealed class ExportJobStore(HostDatabase database)
{
    private const string Columns = """
        id AS Id, user_name AS UserName, camera_id AS CameraId, camera_group AS CameraGroup, stream AS Stream,
        from_utc AS FromUtc, to_utc AS ToUtc, requisition AS Requisition, folder AS Folder, client_address AS ClientAddress,
        status AS Status, message AS Message, created_at AS CreatedAt, finished_at AS FinishedAt, files_json AS FilesJson,
        manifest_sha256 AS ManifestSha256, video_sha256 AS VideoSha256
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task InsertAsync(ExportJob job, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command("""
            INSERT INTO export_jobs (id, user_name, camera_id, camera_group, stream, from_utc, to_utc, requisition, folder,
                client_address, status, message, created_at, finished_at, files_json, manifest_sha256, video_sha256)
            VALUES (@Id, @UserName, @CameraId, @CameraGroup, @Stream, @FromUtc, @ToUtc, @Requisition, @Folder,
                @ClientAddress, @Status, @Message, @CreatedAt, @FinishedAt, @FilesJson, @ManifestSha256, @VideoSha256)
            """, ToRow(job), cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Writes the job's state (status, message, end, files, hashes).</summary>
    public async Task UpdateAsync(ExportJob job, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command("""
            UPDATE export_jobs SET status = @Status, message = @Message, finished_at = @FinishedAt, files_json = @FilesJson,
                manifest_sha256 = @ManifestSha256, video_sha256 = @VideoSha256
            WHERE id = @Id
            """, ToRow(job), cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The newest <paramref name="limit"/> jobs, oldest first.</summary>
    public async Task<IReadOnlyList<ExportJob>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ExportJobRow>(Command($"SELECT {Columns} FROM export_jobs ORDER BY created_at DESC, id", null, cancellationToken)).ConfigureAwait(false);
        return [.. rows.Take(limit).Reverse().Select(ToJob)];
    }

    private static ExportJobRow ToRow(ExportJob job)
    {
        var view = job.ToView();
        return new ExportJobRow
        {
            Id = view.Id,
            UserName = view.User,
            CameraId = view.Camera,
            CameraGroup = job.Request.Camera.Group,
            Stream = view.Stream,
            FromUtc = Text(view.From),
            ToUtc = Text(view.To),
            Requisition = view.Requisition,
            Folder = job.Request.Folder,
            ClientAddress = job.Request.ClientAddress,
            Status = view.Status,
            Message = view.Message,
            CreatedAt = Text(view.CreatedAt),
            FinishedAt = view.FinishedAt is { } f ? Text(f) : null,
            FilesJson = JsonSerializer.Serialize(view.Files, Json),
            ManifestSha256 = view.ManifestSha256,
            VideoSha256 = view.VideoSha256,
        };
    }

    private static ExportJob ToJob(ExportJobRow row)
    {
        var request = new SignedExportRequest(row.UserName, new CameraRef(row.CameraId, row.CameraGroup), row.Stream, Instant(row.FromUtc), Instant(row.ToUtc), row.Requisition, row.Folder, row.ClientAddress);
        var files = JsonSerializer.Deserialize<List<ExportFile>>(row.FilesJson, Json) ?? [];
        return ExportJob.Restore(row.Id, request, Instant(row.CreatedAt), row.Status, row.Message, row.FinishedAt is { } f ? Instant(f) : null, files, row.ManifestSha256, row.VideoSha256);
    }

    private static string Text(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, commandTimeout: database.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
