namespace Vms.Onvif.Discovery;

public enum DiscoveryAnnouncementKind
{
    Hello,
    Bye,
}
