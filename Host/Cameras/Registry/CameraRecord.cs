namespace Vms.Host.Cameras.Registry;

/// <summary>
/// One adopted camera as the registry keeps it, without its credentials (those are stored encrypted and only
/// handed to the supervisor and PTZ through <see cref="CameraRegistry.GetCredentialsAsync"/>).
/// </summary>
public sealed record CameraRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Location { get; init; }

    public string? Group { get; init; }

    /// <summary>The ONVIF device service URL (<c>http://host[:port]/onvif/device_service</c>).</summary>
    public required Uri DeviceService { get; init; }

    /// <summary>The WS-Discovery endpoint reference (<c>urn:uuid:…</c>) when adopted from discovery.</summary>
    public string? EndpointAddress { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    /// <summary>Whether credentials are stored (they are never returned).</summary>
    public bool HasCredentials { get; init; }

    /// <summary>The media profile pulled as the main stream.</summary>
    public string? MainProfile { get; init; }

    /// <summary>The media profile pulled as the sub stream (null: none).</summary>
    public string? SubProfile { get; init; }

    public bool RecordingEnabled { get; init; } = true;

    /// <summary>Days of recordings kept; null: the site default.</summary>
    public int? RetentionDays { get; init; }

    /// <summary>The encoder settings the supervisor applies to the main profile.</summary>
    public required CameraEncoderSettings Encoder { get; init; }

    /// <summary>The privacy masks the supervisor keeps on the camera.</summary>
    public IReadOnlyList<CameraMask> Masks { get; init; } = [];

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset UpdatedUtc { get; init; }

    /// <summary>What the other features see.</summary>
    public CameraInfo ToInfo() => new(Id, Name, Location, Group, RecordingEnabled, RetentionDays, SubProfile is not null);
}
