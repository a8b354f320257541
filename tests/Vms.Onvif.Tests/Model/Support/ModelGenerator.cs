using System.Xml.Linq;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Events;
using Vms.Onvif.Model.Imaging;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Model.Ptz;

namespace Vms.Onvif.Tests.Model.Support;

/// <summary>The random model generator with the wire rules of each message registered.</summary>
public static class ModelGenerator
{
    private static readonly XNamespace VendorTopics = "http://www.example.com/vendor/topics";

    public static RandomModel Create(int seed) => new RandomModel(seed)
        .ForType(r => r.Chance() ? EventTopic.MotionAlarm : new EventTopic(r.Chance() ? OnvifNamespaces.Topics : VendorTopics, string.Join('/', r.ListOf(x => x.Name()))))
        .ForType(r => r.Chance() ? AbsoluteOrRelativeTime.After(TimeSpan.FromSeconds(r.Random.Next(1, 3600))) : AbsoluteOrRelativeTime.At(r.UtcSeconds()))
        .ForType(r => XNamespace.Get(r.Chance() ? "http://www.w3.org/2001/XMLSchema" : OnvifNamespaces.Schema.NamespaceName) + r.Name())
        // a focus move is absolute, relative or continuous; a speed only comes with its move
        .ForType(r => r.Random.Next(3) switch
        {
            0 => new FocusMove { AbsolutePosition = r.Float(), AbsoluteSpeed = r.Chance() ? r.Float() : null },
            1 => new FocusMove { RelativeDistance = r.Float(), RelativeSpeed = r.Chance() ? r.Float() : null },
            _ => new FocusMove { ContinuousSpeed = r.Float() },
        })
        // a notification always names its topic (the dialect is not written without one)
        .For<NotificationMessage>(nameof(NotificationMessage.Topic), r => r.Create<EventTopic>())
        // topic set: distinct roots so that the tree does not merge topics
        .For<GetEventPropertiesResponse>(nameof(GetEventPropertiesResponse.Topics), r =>
        {
            var count = r.Random.Next(0, 4);
            return Enumerable.Range(0, count).Select(i => r.Create<TopicDescription>() with
            {
                Topic = new EventTopic(OnvifNamespaces.Topics, $"Root{i}/" + string.Join('/', r.ListOf(x => x.Name()))),
            }).ToList();
        })
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
