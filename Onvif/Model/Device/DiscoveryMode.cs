namespace Vms.Onvif.Model.Device;

/// <summary><c>tt:DiscoveryMode</c>: whether the device answers WS-Discovery probes.</summary>
public enum DiscoveryMode
{
    Discoverable,

    NonDiscoverable,
}
