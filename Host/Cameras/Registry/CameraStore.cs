using System.Globalization;
using System.Text.Json;
using Dapper;
using Vms.Host.Data;

namespace Vms.Host.Cameras.Registry;

/// <summary>The SQL of the camera registry (both dialects: only portable statements).</summary>
internal sealed class CameraStore(HostDatabase database)
{
    private const string Columns = """
        id AS Id, name AS Name, location AS Location, camera_group AS CameraGroup, device_service AS DeviceService,
        endpoint_address AS EndpointAddress, manufacturer AS Manufacturer, model AS Model,
        credentials_protected AS CredentialsProtected, main_profile AS MainProfile, sub_profile AS SubProfile,
        recording_enabled AS RecordingEnabled, retention_days AS RetentionDays, encoder_width AS EncoderWidth,
        encoder_height AS EncoderHeight, encoder_fps AS EncoderFps, encoder_bitrate_kbps AS EncoderBitrateKbps,
        encoder_gov_length AS EncoderGovLength, masks_json AS MasksJson, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<CameraRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CameraRow>(Command($"SELECT {Columns} FROM cameras ORDER BY id", null, cancellationToken)).ConfigureAwait(false);
        return [.. rows];
    }

    public async Task<CameraRow?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<CameraRow>(Command($"SELECT {Columns} FROM cameras WHERE id = @Id", new { Id = id }, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Inserts; false when the id or the device service is taken.</summary>
    public async Task<bool> InsertAsync(CameraRow row, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var clash = await connection.ExecuteScalarAsync<int>(Command(
            "SELECT COUNT(*) FROM cameras WHERE id = @Id OR device_service = @DeviceService", row, cancellationToken)).ConfigureAwait(false);
        if (clash > 0)
        {
            return false;
        }

        try
        {
            await connection.ExecuteAsync(Command("""
                INSERT INTO cameras (id, name, location, camera_group, device_service, endpoint_address, manufacturer, model,
                    credentials_protected, main_profile, sub_profile, recording_enabled, retention_days, encoder_width,
                    encoder_height, encoder_fps, encoder_bitrate_kbps, encoder_gov_length, masks_json, created_at, updated_at)
                VALUES (@Id, @Name, @Location, @CameraGroup, @DeviceService, @EndpointAddress, @Manufacturer, @Model,
                    @CredentialsProtected, @MainProfile, @SubProfile, @RecordingEnabled, @RetentionDays, @EncoderWidth,
                    @EncoderHeight, @EncoderFps, @EncoderBitrateKbps, @EncoderGovLength, @MasksJson, @CreatedAt, @UpdatedAt)
                """, row, cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (System.Data.Common.DbException)
        {
            if (await ExistsAsync(row, cancellationToken).ConfigureAwait(false))
            {
                return false; // lost a race with another writer
            }

            throw;
        }
    }

    /// <summary>Replaces every column but the id and the creation time; false when the row is gone.</summary>
    public async Task<bool> UpdateAsync(CameraRow row, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(Command("""
            UPDATE cameras SET name = @Name, location = @Location, camera_group = @CameraGroup, device_service = @DeviceService,
                endpoint_address = @EndpointAddress, manufacturer = @Manufacturer, model = @Model,
                credentials_protected = @CredentialsProtected, main_profile = @MainProfile, sub_profile = @SubProfile,
                recording_enabled = @RecordingEnabled, retention_days = @RetentionDays, encoder_width = @EncoderWidth,
                encoder_height = @EncoderHeight, encoder_fps = @EncoderFps, encoder_bitrate_kbps = @EncoderBitrateKbps,
                encoder_gov_length = @EncoderGovLength, masks_json = @MasksJson, updated_at = @UpdatedAt
            WHERE id = @Id
            """, row, cancellationToken)).ConfigureAwait(false);
        return changed == 1;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(Command("DELETE FROM cameras WHERE id = @Id", new { Id = id }, cancellationToken)).ConfigureAwait(false) == 1;
    }

    public static CameraRecord ToRecord(CameraRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Location = row.Location,
        Group = row.CameraGroup,
        DeviceService = new Uri(row.DeviceService),
        EndpointAddress = row.EndpointAddress,
        Manufacturer = row.Manufacturer,
        Model = row.Model,
        HasCredentials = row.CredentialsProtected is not null,
        MainProfile = row.MainProfile,
        SubProfile = row.SubProfile,
        RecordingEnabled = row.RecordingEnabled,
        RetentionDays = row.RetentionDays,
        Encoder = new CameraEncoderSettings(row.EncoderFps, row.EncoderWidth, row.EncoderHeight, row.EncoderBitrateKbps, row.EncoderGovLength),
        Masks = JsonSerializer.Deserialize<List<CameraMask>>(row.MasksJson, Json) ?? [],
        CreatedUtc = DateTimeOffset.Parse(row.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        UpdatedUtc = DateTimeOffset.Parse(row.UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
    };

    public static CameraRow ToRow(CameraRecord record, string? credentialsProtected) => new()
    {
        Id = record.Id,
        Name = record.Name,
        Location = record.Location,
        CameraGroup = record.Group,
        DeviceService = record.DeviceService.AbsoluteUri,
        EndpointAddress = record.EndpointAddress,
        Manufacturer = record.Manufacturer,
        Model = record.Model,
        CredentialsProtected = credentialsProtected,
        MainProfile = record.MainProfile,
        SubProfile = record.SubProfile,
        RecordingEnabled = record.RecordingEnabled,
        RetentionDays = record.RetentionDays,
        EncoderWidth = record.Encoder.Width,
        EncoderHeight = record.Encoder.Height,
        EncoderFps = record.Encoder.FrameRate,
        EncoderBitrateKbps = record.Encoder.BitrateKbps,
        EncoderGovLength = record.Encoder.GovLength,
        MasksJson = JsonSerializer.Serialize(record.Masks, Json),
        CreatedAt = record.CreatedUtc.ToString("O", CultureInfo.InvariantCulture),
        UpdatedAt = record.UpdatedUtc.ToString("O", CultureInfo.InvariantCulture),
    };

    private async Task<bool> ExistsAsync(CameraRow row, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(Command(
            "SELECT COUNT(*) FROM cameras WHERE id = @Id OR device_service = @DeviceService", row, cancellationToken)).ConfigureAwait(false) > 0;
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, commandTimeout: database.CommandTimeoutSeconds, cancellationToken: cancellationToken);
}
