using Vms.Onvif.Model.Device;
using Vms.Onvif.Model.Media2;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>Service discovery (GetServices, GetCapabilities for old devices) and the typed service clients.</summary>
public sealed partial class OnvifDevice
{
    /// <summary>
    /// The device's services with versions, learnt once: GetServices (with capabilities), or GetCapabilities when
    /// GetServices is refused (devices older than ONVIF 2.0). XAddrs pointing at another host are fixed to the host
    /// the device was reached on.
    /// </summary>
    public async Task<OnvifServiceSet> GetServicesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _services) is { } known)
        {
            return known;
        }

        // two concurrent first calls may both ask; both answers are equivalent
        var loaded = await LoadServicesAsync(cancellationToken).ConfigureAwait(false);
        return Interlocked.CompareExchange(ref _services, loaded, null) ?? loaded;
    }

    /// <summary>The media service: Media2 when the device offers it, else Media 1.</summary>
    public async Task<IMediaService> GetMediaAsync(CancellationToken cancellationToken)
    {
        var services = await GetServicesAsync(cancellationToken).ConfigureAwait(false);
        if (services.Media2 is { } media2)
        {
            return new Media2Service(Soap, media2, DeviceServiceUri);
        }

        return services.Media is { } media
            ? new Media1Service(Soap, media, DeviceServiceUri)
            : throw new OnvifFeatureNotSupportedException("media", "the device lists neither a Media nor a Media2 service");
    }

    /// <summary>The privacy-mask client. Throws <see cref="OnvifFeatureNotSupportedException"/> when the device has no
    /// Media2 service or its Media2 capabilities say <c>Mask="false"</c>.</summary>
    public async Task<MaskClient> GetMasksAsync(CancellationToken cancellationToken)
    {
        var services = await GetServicesAsync(cancellationToken).ConfigureAwait(false);
        if (services.Media2 is not { } media2)
        {
            throw new OnvifFeatureNotSupportedException("privacy masks", "the device has no Media2 service (Media 1 cannot express masks)");
        }

        var capabilities = services.Media2Capabilities;
        if (capabilities is null)
        {
            var response = await Soap.CallAsync<Model.Media2.GetServiceCapabilitiesResponse>(media2, new Model.Media2.GetServiceCapabilities().ToXml(), cancellationToken).ConfigureAwait(false);
            capabilities = response.Capabilities;
        }

        return capabilities.Mask == true
            ? new MaskClient(Soap, media2)
            : throw new OnvifFeatureNotSupportedException("privacy masks", "the Media2 capabilities do not advertise Mask=\"true\"");
    }

    /// <summary>The PTZ client; <see cref="OnvifFeatureNotSupportedException"/> when the device lists no PTZ service.</summary>
    public async Task<PtzClient> GetPtzAsync(CancellationToken cancellationToken)
    {
        var services = await GetServicesAsync(cancellationToken).ConfigureAwait(false);
        return services.Ptz is { } ptz
            ? new PtzClient(Soap, ptz)
            : throw new OnvifFeatureNotSupportedException("PTZ", "the device lists no PTZ service");
    }

    /// <summary>The events client; <see cref="OnvifFeatureNotSupportedException"/> when the device lists no Events service.</summary>
    public async Task<EventsClient> GetEventsAsync(CancellationToken cancellationToken)
    {
        var services = await GetServicesAsync(cancellationToken).ConfigureAwait(false);
        return services.Events is { } events
            ? new EventsClient(Soap, events, DeviceServiceUri)
            : throw new OnvifFeatureNotSupportedException("events", "the device lists no Events service");
    }

    private async Task<OnvifServiceSet> LoadServicesAsync(CancellationToken cancellationToken)
    {
        GetServicesResponse response;
        try
        {
            response = await Soap.CallAsync<GetServicesResponse>(DeviceServiceUri, new GetServices(IncludeCapability: true).ToXml(), cancellationToken).ConfigureAwait(false);
        }
        catch (OnvifFaultException ex) when (ex is not OnvifNotAuthorizedException)
        {
            return await LoadCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        }

        var list = new List<OnvifServiceInfo>();
        Media2ServiceCapabilities? media2Capabilities = null;
        foreach (var s in response.Services)
        {
            if (DeviceAddress.FixService(s.XAddr, DeviceServiceUri) is not { } xaddr)
            {
                continue;
            }

            list.Add(new OnvifServiceInfo(s.Namespace.Trim(), xaddr, s.Version.Major, s.Version.Minor));
            if (s.Namespace.Trim() == OnvifNamespaces.Media2.NamespaceName && s.Capabilities is { } caps)
            {
                media2Capabilities = TryReadMedia2Capabilities(caps);
            }
        }

        return new OnvifServiceSet { Services = list, Media2Capabilities = media2Capabilities };
    }

    private async Task<OnvifServiceSet> LoadCapabilitiesAsync(CancellationToken cancellationToken)
    {
        var response = await Soap.CallAsync<GetCapabilitiesResponse>(DeviceServiceUri, new GetCapabilities([CapabilityCategory.All]).ToXml(), cancellationToken).ConfigureAwait(false);
        var c = response.Capabilities;
        var list = new List<OnvifServiceInfo> { new(OnvifNamespaces.Device.NamespaceName, DeviceServiceUri, 0, 0) };
        void Add(System.Xml.Linq.XNamespace ns, string? xaddr)
        {
            if (DeviceAddress.FixService(xaddr, DeviceServiceUri) is { } uri)
            {
                list.Add(new OnvifServiceInfo(ns.NamespaceName, uri, 0, 0));
            }
        }

        Add(OnvifNamespaces.Media, c.Media?.XAddr);
        Add(OnvifNamespaces.Ptz, c.PtzXAddr);
        Add(OnvifNamespaces.Events, c.Events?.XAddr);
        Add(OnvifNamespaces.Imaging, c.ImagingXAddr);
        return new OnvifServiceSet { Services = list, FromCapabilities = true };
    }

    private static Media2ServiceCapabilities? TryReadMedia2Capabilities(System.Xml.Linq.XElement element)
    {
        try
        {
            return Media2ServiceCapabilities.FromXml(element);
        }
        catch (Model.Common.OnvifMessageException)
        {
            return null; // asked again through tr2:GetServiceCapabilities when needed
        }
    }
}
