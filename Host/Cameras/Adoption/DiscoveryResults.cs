namespace Vms.Host.Cameras.Adoption;

/// <summary>The outcome of the last discovery probe (empty and <see cref="ProbedUtc"/> null before the first).</summary>
public sealed record DiscoveryResults(DateTimeOffset? ProbedUtc, IReadOnlyList<DiscoveredCameraEntry> Devices)
{
    public static DiscoveryResults None { get; } = new(null, []);
}
