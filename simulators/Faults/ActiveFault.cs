namespace Vms.Simulators.Faults;

/// <summary>A fault currently applied to a camera (for the state output).</summary>
public sealed record ActiveFault(FaultKind Kind, FaultRequest Request, DateTimeOffset StartedAt, DateTimeOffset? EndsAt);
