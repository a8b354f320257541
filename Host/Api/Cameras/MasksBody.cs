using Vms.Host.Cameras.Registry;

namespace Vms.Host.Api.Cameras;

/// <summary>GET/PUT /api/v1/cameras/{id}/masks: the desired privacy masks (an empty list removes them).</summary>
public sealed record MasksBody(IReadOnlyList<CameraMask>? Masks);
