namespace Vms.Simulators.Faults;

/// <summary>A fault started or ended on a camera, at <see cref="At"/> (the fleet's clock).</summary>
public sealed record FaultTransition(string Camera, FaultKind Kind, bool Started, DateTimeOffset At);
