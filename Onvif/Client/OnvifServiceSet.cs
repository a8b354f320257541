using Vms.Onvif.Model.Media2;

namespace Vms.Onvif.Client;

/// <summary>The services a device offers, from GetServices (or GetCapabilities on devices older than ONVIF 2.0).</summary>
public sealed record OnvifServiceSet
{
    public required IReadOnlyList<OnvifServiceInfo> Services { get; init; }

    /// <summary>True when learnt from GetCapabilities because GetServices failed (no versions: 0.0).</summary>
    public bool FromCapabilities { get; init; }

    /// <summary>Media2 capabilities when the device returned them inside GetServices; null otherwise.</summary>
    public Media2ServiceCapabilities? Media2Capabilities { get; init; }

    public Uri? Media => Find(OnvifNamespaces.Media.NamespaceName);

    public Uri? Media2 => Find(OnvifNamespaces.Media2.NamespaceName);

    public Uri? Ptz => Find(OnvifNamespaces.Ptz.NamespaceName);

    public Uri? Events => Find(OnvifNamespaces.Events.NamespaceName);

    public Uri? Imaging => Find(OnvifNamespaces.Imaging.NamespaceName);

    public Uri? Find(string serviceNamespace) =>
        Services.FirstOrDefault(s => string.Equals(s.Namespace.Trim(), serviceNamespace, StringComparison.Ordinal))?.XAddr;
}
