using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Media2;
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
        .For<PtzServiceCapabilities>(nameof(PtzServiceCapabilities.MoveAndTrack), r => r.ListOf(x => x.Word()))
        .For<Media2ServiceCapabilities>(nameof(Media2ServiceCapabilities.ConfigurationsSupported), r => r.ListOf(x => x.Word()))
        .For<VideoEncoder2ConfigurationOptions>(nameof(VideoEncoder2ConfigurationOptions.ProfilesSupported), r => r.ListOf(x => x.Word()))
        // a mask polygon has at least 3 points inside [-1, 1]
        .For<Mask>(nameof(Mask.Polygon), r => r.ListOf(x => new NormalizedPoint(x.Float(), x.Float()), min: 3, max: 8))
        // tt:ColorOptions is a choice: a color list or colorspace ranges
        .For<MaskOptions>(nameof(MaskOptions.Color), r => r.Chance()
            ? new ColorOptions(r.ListOf(x => x.Create<Color>()), [])
            : new ColorOptions([], r.ListOf(x => x.Create<ColorspaceRange>())));
}
