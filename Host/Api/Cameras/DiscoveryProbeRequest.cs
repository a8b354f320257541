namespace Vms.Host.Api.Cameras;

/// <summary>POST /api/v1/discovery: probe now; <see cref="AutoAdopt"/> overrides the configured automatic adoption.</summary>
public sealed record DiscoveryProbeRequest(bool? AutoAdopt);
