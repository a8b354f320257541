namespace Vms.Onvif.Client;

/// <summary>One service of a device: namespace, its address (host already fixed, see <see cref="DeviceAddress"/>) and version.</summary>
public sealed record OnvifServiceInfo(string Namespace, Uri XAddr, int MajorVersion, int MinorVersion)
{
    public string Version => $"{MajorVersion}.{MinorVersion}";
}
