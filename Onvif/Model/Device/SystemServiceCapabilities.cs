using System.Xml.Linq;
using Vms.Onvif.Model.Common;
using static Vms.Onvif.Model.Common.XmlWriting;

namespace Vms.Onvif.Model.Device;

/// <summary><c>tds:SystemCapabilities</c> (device GetServiceCapabilities): attributes, each optional.</summary>
public sealed record SystemServiceCapabilities
{
    public bool? DiscoveryResolve { get; init; }

    public bool? DiscoveryBye { get; init; }

    public bool? RemoteDiscovery { get; init; }

    public bool? SystemBackup { get; init; }

    public bool? SystemLogging { get; init; }

    public bool? HttpFirmwareUpgrade { get; init; }

    public bool? HttpSystemBackup { get; init; }

    public bool? HttpSystemLogging { get; init; }

    public bool? HttpSupportInformation { get; init; }

    public bool? StorageConfiguration { get; init; }

    internal XElement ToXml(XName name) => new(name,
        OptAttr("DiscoveryResolve", DiscoveryResolve),
        OptAttr("DiscoveryBye", DiscoveryBye),
        OptAttr("RemoteDiscovery", RemoteDiscovery),
        OptAttr("SystemBackup", SystemBackup),
        OptAttr("SystemLogging", SystemLogging),
        OptAttr("HttpFirmwareUpgrade", HttpFirmwareUpgrade),
        OptAttr("HttpSystemBackup", HttpSystemBackup),
        OptAttr("HttpSystemLogging", HttpSystemLogging),
        OptAttr("HttpSupportInformation", HttpSupportInformation),
        OptAttr("StorageConfiguration", StorageConfiguration));

    internal static SystemServiceCapabilities FromXml(XElement element) => new()
    {
        DiscoveryResolve = element.AttrBool("DiscoveryResolve"),
        DiscoveryBye = element.AttrBool("DiscoveryBye"),
        RemoteDiscovery = element.AttrBool("RemoteDiscovery"),
        SystemBackup = element.AttrBool("SystemBackup"),
        SystemLogging = element.AttrBool("SystemLogging"),
        HttpFirmwareUpgrade = element.AttrBool("HttpFirmwareUpgrade"),
        HttpSystemBackup = element.AttrBool("HttpSystemBackup"),
        HttpSystemLogging = element.AttrBool("HttpSystemLogging"),
        HttpSupportInformation = element.AttrBool("HttpSupportInformation"),
        StorageConfiguration = element.AttrBool("StorageConfiguration"),
    };
}
