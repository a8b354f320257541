using Vms.Host.Security;

namespace Vms.Host.Api.Security;

/// <summary>Endpoint metadata: the right a route needs, and the route value naming its camera.</summary>
public sealed record VmsRightRequirement(Rights Right, string CameraRouteKey);
