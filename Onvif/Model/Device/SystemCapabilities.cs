using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.Ns;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:SystemCapabilities</c> (GetCapabilities): discovery and maintenance flags and the ONVIF versions supported.</summary>
public sealed record SystemCapabilities
{
    public bool DiscoveryResolve { get; init; }

    public bool DiscoveryBye { get; init; }

    public bool RemoteDiscovery { get; init; }

    public bool SystemBackup { get; init; }

    public bool SystemLogging { get; init; }

    public bool FirmwareUpgrade { get; init; }

    /// <summary>At least one version on the wire.</summary>
    public required IReadOnlyList<OnvifVersion> SupportedVersions { get; init; }

    internal XElement ToXml(XName name) => new(name,
        Elem(Tt + "DiscoveryResolve", DiscoveryResolve),
        Elem(Tt + "DiscoveryBye", DiscoveryBye),
        Elem(Tt + "RemoteDiscovery", RemoteDiscovery),
        Elem(Tt + "SystemBackup", SystemBackup),
        Elem(Tt + "SystemLogging", SystemLogging),
        Elem(Tt + "FirmwareUpgrade", FirmwareUpgrade),
        SupportedVersions.Select(v => v.ToXml(Tt + "SupportedVersions")));

    internal static SystemCapabilities FromXml(XElement element) => new()
    {
        DiscoveryResolve = element.OptBool(Tt + "DiscoveryResolve") ?? false,
        DiscoveryBye = element.OptBool(Tt + "DiscoveryBye") ?? false,
        RemoteDiscovery = element.OptBool(Tt + "RemoteDiscovery") ?? false,
        SystemBackup = element.OptBool(Tt + "SystemBackup") ?? false,
        SystemLogging = element.OptBool(Tt + "SystemLogging") ?? false,
        FirmwareUpgrade = element.OptBool(Tt + "FirmwareUpgrade") ?? false,
        SupportedVersions = element.ReadAll(Tt + "SupportedVersions", OnvifVersion.FromXml),
    };
}
