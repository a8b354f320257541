namespace Vms.Simulators.Faults;

/// <summary>
/// A fault from the fleet file: on <see cref="Camera"/>, first at fleet start + <see cref="At"/>, then every
/// <see cref="Every"/> (if set) for at most <see cref="Times"/> occurrences (if set).
/// </summary>
public sealed record ScheduledFault(string Camera, FaultRequest Request, TimeSpan At)
{
    public TimeSpan? Every { get; init; }

    public int? Times { get; init; }
}
