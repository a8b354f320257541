using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:Capabilities</c> as GetCapabilities returns it: the service addresses a pre-2.0 client needs.
/// The Extension's DeviceIO, Recording, Search and Replay entries are flattened into this record.</summary>
/// <remarks>Readers are lenient with capability flags: a missing flag reads as false; only the XAddrs are required.</remarks>
public sealed record Capabilities
{
    public DeviceCapabilities? Device { get; init; }

    public EventCapabilities? Events { get; init; }

    public string? ImagingXAddr { get; init; }

    public MediaCapabilities? Media { get; init; }

    public string? PtzXAddr { get; init; }

    public DeviceIoCapabilities? DeviceIo { get; init; }

    public RecordingCapabilities? Recording { get; init; }

    public SearchCapabilities? Search { get; init; }

    public string? ReplayXAddr { get; init; }

    internal XElement ToXml(XName name)
    {
        var hasExtension = DeviceIo is not null || Recording is not null || Search is not null || ReplayXAddr is not null;
        return new(name,
            Device?.ToXml(Tt + "Device"),
            Events?.ToXml(Tt + "Events"),
            ImagingXAddr is null ? null : new XElement(Tt + "Imaging", Elem(Tt + "XAddr", ImagingXAddr)),
            Media?.ToXml(Tt + "Media"),
            PtzXAddr is null ? null : new XElement(Tt + "PTZ", Elem(Tt + "XAddr", PtzXAddr)),
            hasExtension
                ? new XElement(Tt + "Extension",
                    DeviceIo?.ToXml(Tt + "DeviceIO"),
                    Recording?.ToXml(Tt + "Recording"),
                    Search?.ToXml(Tt + "Search"),
                    ReplayXAddr is null ? null : new XElement(Tt + "Replay", Elem(Tt + "XAddr", ReplayXAddr)))
                : null);
    }

    internal static Capabilities FromXml(XElement element)
    {
        var extension = element.Opt(Tt + "Extension");
        return new()
        {
            Device = element.Opt(Tt + "Device") is { } device ? DeviceCapabilities.FromXml(device) : null,
            Events = element.Opt(Tt + "Events") is { } events ? EventCapabilities.FromXml(events) : null,
            ImagingXAddr = element.Opt(Tt + "Imaging")?.ReqString(Tt + "XAddr"),
            Media = element.Opt(Tt + "Media") is { } media ? MediaCapabilities.FromXml(media) : null,
            PtzXAddr = element.Opt(Tt + "PTZ")?.ReqString(Tt + "XAddr"),
            DeviceIo = extension?.Opt(Tt + "DeviceIO") is { } io ? DeviceIoCapabilities.FromXml(io) : null,
            Recording = extension?.Opt(Tt + "Recording") is { } recording ? RecordingCapabilities.FromXml(recording) : null,
            Search = extension?.Opt(Tt + "Search") is { } search ? SearchCapabilities.FromXml(search) : null,
            ReplayXAddr = extension?.Opt(Tt + "Replay")?.ReqString(Tt + "XAddr"),
        };
    }
}
