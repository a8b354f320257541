namespace Vms.Host.Cameras.Registry;

/// <summary>The <c>cameras</c> table row as Dapper reads and writes it (columns aliased to these names); compared by value
/// to find what another process changed.</summary>
internal sealed record CameraRow
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Location { get; set; }

    public string? CameraGroup { get; set; }

    public string DeviceService { get; set; } = string.Empty;

    public string? EndpointAddress { get; set; }

    public string? Manufacturer { get; set; }

    public string? Model { get; set; }

    public string? CredentialsProtected { get; set; }

    public string? MainProfile { get; set; }

    public string? SubProfile { get; set; }

    public bool RecordingEnabled { get; set; }

    public int? RetentionDays { get; set; }

    public int? EncoderWidth { get; set; }

    public int? EncoderHeight { get; set; }

    public int EncoderFps { get; set; }

    public int? EncoderBitrateKbps { get; set; }

    public int? EncoderGovLength { get; set; }

    public string MasksJson { get; set; } = "[]";

    public string CreatedAt { get; set; } = string.Empty;

    public string UpdatedAt { get; set; } = string.Empty;
}
