using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Ptz;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>The random model generator with the wire rules of each message registered.</summary>
public static class ModelGenerator
{
    public static RandomModel Create(int seed) => new RandomModel(seed)
        // tt:DateTime carries whole seconds only
        .For<SystemDateTime>(nameof(SystemDateTime.UtcDateTime), r => r.Chance(0.2) ? null : r.UtcSeconds())
        .For<SetSystemDateAndTime>(nameof(SetSystemDateAndTime.UtcDateTime), r => r.Chance(0.2) ? null : r.UtcSeconds())
        // list attributes: items cannot contain whitespace
        .For<SecurityServiceCapabilities>(nameof(SecurityServiceCapabilities.HashingAlgorithms), r => r.ListOf(x => x.Word()))
        .For<PtzServiceCapabilities>(nameof(PtzServiceCapabilities.MoveAndTrack), r => r.ListOf(x => x.Word()));
}
