using Vms.Onvif.Client;

namespace Vms.Host.Cameras.Adoption;

/// <summary>What to adopt: a device service URL and the credentials to try in order (empty: anonymous), plus registry fields.</summary>
public sealed record CameraAdoptionRequest
{
    public required Uri DeviceService { get; init; }

    /// <summary>Tried in order; the first the device accepts is stored (encrypted).</summary>
    public IReadOnlyList<OnvifCredentials> Credentials { get; init; } = [];

    /// <summary>Chosen id; null derives it from the name.</summary>
    public string? Id { get; init; }

    /// <summary>Null: the discovery name, else "Manufacturer Model".</summary>
    public string? Name { get; init; }

    public string? Location { get; init; }

    public string? Group { get; init; }

    public bool RecordingEnabled { get; init; } = true;

    public int? RetentionDays { get; init; }

    /// <summary>The WS-Discovery endpoint reference when adopted from discovery.</summary>
    public string? EndpointAddress { get; init; }
}
