using Vms.Simulators.Faults;

namespace Vms.Simulators.Fleet;

/// <summary>The content of a fleet file (see <see cref="FleetFileReader"/>): camera specs with optional address and
/// ports (null: assigned by the command line's addressing) and the scheduled faults.</summary>
public sealed record FleetFile(IReadOnlyList<FleetFileCamera> Cameras, IReadOnlyList<ScheduledFault> Faults);
