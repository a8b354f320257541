namespace Vms.Host.Cli.Verbs;

/// <summary>What <c>vms probe</c> learnt about one ONVIF device (printed as text or JSON).</summary>
internal sealed record ProbeReport
{
    public required string DeviceService { get; init; }

    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    public string? FirmwareVersion { get; init; }

    public string? SerialNumber { get; init; }

    public string? HardwareId { get; init; }

    public DateTimeOffset DeviceUtc { get; init; }

    /// <summary>Device clock minus this machine's, in seconds.</summary>
    public double ClockOffsetSeconds { get; init; }

    public string? Authentication { get; init; }

    public IReadOnlyList<ProbeService> Services { get; init; } = [];

    public int MediaVersion { get; init; }

    public IReadOnlyList<ProbeProfile> Profiles { get; init; } = [];

    public required ProbeFeature Masks { get; init; }

    public required ProbeFeature Ptz { get; init; }

    /// <summary>With <c>--streams</c>: each profile's stream as pulled and measured; null otherwise.</summary>
    public IReadOnlyList<ProbeStream>? Streams { get; init; }
}
