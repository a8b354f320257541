using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vms.Onvif;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>The Device service (tds): identity, time, services and capabilities, scopes, network, NTP, discovery mode and reboot.</summary>
internal static partial class DeviceService
{
    public const string Path = "/onvif/device_service";
    public const string MediaPath = "/onvif/media_service";
    public const string Media2Path = "/onvif/media2_service";
    public const string PtzPath = "/onvif/ptz_service";

    private const int MaxScopes = 32;

    public static void Register(SimulatedCamera camera, SoapDispatcher d)
    {
        OnvifHandlers.Add<GetSystemDateAndTime>(d, OnvifAccessClass.PreAuth, (_, _) => DateAndTime(camera).ToXml());
        OnvifHandlers.Add<SetSystemDateAndTime>(d, OnvifAccessClass.WriteSystem, (r, _) => SetDateAndTime(camera, r).ToXml());
        OnvifHandlers.Add<GetDeviceInformation>(
            d,
            camera.Options.AllowAnonymousDeviceInformation ? OnvifAccessClass.PreAuth : OnvifAccessClass.ReadSystem,
            (_, _) => new GetDeviceInformationResponse(Information(camera)).ToXml());
        OnvifHandlers.Add<GetCapabilities>(d, OnvifAccessClass.PreAuth, (r, c) => new GetCapabilitiesResponse(Capabilities(camera, r, c)).ToXml());
        OnvifHandlers.Add<GetServices>(d, OnvifAccessClass.PreAuth, (r, c) => new GetServicesResponse(Services(camera, r.IncludeCapability, c)).ToXml());
        OnvifHandlers.Add<GetServiceCapabilities>(d, OnvifAccessClass.PreAuth, (_, _) => new GetServiceCapabilitiesResponse(ServiceCapabilities()).ToXml());
        OnvifHandlers.Add<GetHostname>(d, OnvifAccessClass.PreAuth, (_, _) => new GetHostnameResponse(new HostnameInformation(false, camera.Read(s => s.Hostname))).ToXml());
        OnvifHandlers.Add<GetNetworkInterfaces>(d, OnvifAccessClass.ReadSystem, (_, c) => new GetNetworkInterfacesResponse([NetworkInterfaceOf(camera, c)]).ToXml());
        OnvifHandlers.Add<GetNetworkProtocols>(d, OnvifAccessClass.ReadSystem, (_, _) => new GetNetworkProtocolsResponse(
        [
            new NetworkProtocol(NetworkProtocolType.Http, true, [camera.HttpPort]),
            new NetworkProtocol(NetworkProtocolType.Rtsp, true, [camera.RtspPort]),
        ]).ToXml());
        OnvifHandlers.Add<GetNtp>(d, OnvifAccessClass.ReadSystem, (_, _) => new GetNtpResponse(new NtpInformation(
            false, [], camera.Read(s => s.NtpServers.Select(NtpHost).ToArray()))).ToXml());
        OnvifHandlers.Add<SetNtp>(d, OnvifAccessClass.WriteSystem, (r, _) => SetNtpServers(camera, r).ToXml());
        OnvifHandlers.Add<GetDiscoveryMode>(d, OnvifAccessClass.ReadSystem, (_, _) =>
            new GetDiscoveryModeResponse(camera.Read(s => s.Discoverable) ? DiscoveryMode.Discoverable : DiscoveryMode.NonDiscoverable).ToXml());
        OnvifHandlers.AddAsync<SetDiscoveryMode>(d, OnvifAccessClass.WriteSystem, async (r, c) =>
        {
            camera.Change(s => s.Discoverable = r.DiscoveryMode == DiscoveryMode.Discoverable);
            await camera.AnnounceChangeAsync(c.CancellationToken).ConfigureAwait(false);
            return new SetDiscoveryModeResponse().ToXml();
        });
        OnvifHandlers.Add<SystemReboot>(d, OnvifAccessClass.Unrecoverable, (_, _) =>
        {
            camera.ScheduleReboot();
            return new SystemRebootResponse("Rebooting in a moment").ToXml();
        });
        RegisterScopes(camera, d);
        DeviceUsers.Register(camera, d);
    }

    internal static DeviceInformation Information(SimulatedCamera camera)
    {
        var serial = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(camera.EndpointAddress)))[..12];
        var model = camera.Kind switch
        {
            CameraKind.Ptz => "SIM-PTZ",
            CameraKind.Panoramic => "SIM-360",
            CameraKind.Nomadic => "SIM-NOMAD",
            _ => "SIM-FIX",
        };
        return new DeviceInformation(camera.Options.Manufacturer, model, camera.Options.FirmwareVersion, serial, camera.Options.Hardware);
    }

    private static GetSystemDateAndTimeResponse DateAndTime(SimulatedCamera camera)
    {
        var now = camera.Now;
        var fromNtp = camera.Read(s => s.DateTimeFromNtp);
        return new GetSystemDateAndTimeResponse(new SystemDateTime
        {
            DateTimeType = fromNtp ? SetDateTimeType.Ntp : SetDateTimeType.Manual,
            DaylightSavings = false,
            TimeZone = "UTC0",
            UtcDateTime = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero),
            LocalDateTime = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Unspecified),
        });
    }

    private static SetSystemDateAndTimeResponse SetDateAndTime(SimulatedCamera camera, SetSystemDateAndTime request)
    {
        if (request.DateTimeType == SetDateTimeType.Manual)
        {
            if (request.UtcDateTime is not { } utc)
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidDateTime), "Manual date and time needs UTCDateTime");
            }

            camera.ClockSkew = utc - camera.Options.TimeProvider.GetUtcNow();
            camera.Change(s => s.DateTimeFromNtp = false);
        }
        else
        {
            if (camera.Read(s => s.NtpServers.Count) == 0)
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.NtpServerUndefined), "no NTP server configured");
            }

            // synchronized to NTP: the device clock follows the host clock
            camera.ClockSkew = TimeSpan.Zero;
            camera.Change(s => s.DateTimeFromNtp = true);
        }

        if (request.TimeZone is { Length: > 0 } zone && zone.Length > 64)
        {
            throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidTimeZone), "time zone too long");
        }

        camera.LogClockSet();
        return new SetSystemDateAndTimeResponse();
    }

    private static SetNtpResponse SetNtpServers(SimulatedCamera camera, SetNtp request)
    {
        var servers = new List<string>();
        foreach (var host in request.NtpManual)
        {
            if (string.IsNullOrWhiteSpace(host.Address) || host.Address.Length > 255)
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(host.Type == NetworkHostType.Dns ? OnvifFaultCodes.InvalidDnsName : OnvifFaultCodes.InvalidIPv4Address), "invalid NTP server");
            }

            if (host.Type == NetworkHostType.IPv4 && !System.Net.IPAddress.TryParse(host.Address, out _))
            {
                throw OnvifHandlers.Fault(OnvifFault.InvalidArgVal(OnvifFaultCodes.InvalidIPv4Address), $"'{host.Address}' is not an IPv4 address");
            }

            servers.Add(host.Address.Trim());
        }

        camera.Change(s => s.NtpServers = servers);
        return new SetNtpResponse();
    }

    private static NetworkHost NtpHost(string address) =>
        new(System.Net.IPAddress.TryParse(address, out _) ? NetworkHostType.IPv4 : NetworkHostType.Dns, address);

    private static Capabilities Capabilities(SimulatedCamera camera, GetCapabilities request, SoapRequestContext context)
    {
        bool Wants(CapabilityCategory c) => request.Categories.Count == 0 || request.Categories.Contains(CapabilityCategory.All) || request.Categories.Contains(c);

        if (request.Categories.Count == 1 && request.Categories[0] == CapabilityCategory.Ptz && !camera.Options.HasPtz)
        {
            throw OnvifHandlers.Fault(new OnvifFault(OnvifFaultCodes.Receiver, OnvifFaultCodes.ActionNotSupported, OnvifFaultCodes.NoSuchService), "this camera has no PTZ");
        }

        return new Capabilities
        {
            Device = Wants(CapabilityCategory.Device)
                ? new DeviceCapabilities
                {
                    XAddr = CameraAddressing.XAddr(context, Path),
                    Network = new NetworkCapabilities(false, false, false, false),
                    System = new SystemCapabilities { DiscoveryResolve = true, DiscoveryBye = true, SupportedVersions = [new OnvifVersion(2, 60)] },
                    Io = new IoCapabilities(0, 0),
                    Security = new SecurityCapabilities(),
                }
                : null,
            Media = Wants(CapabilityCategory.Media)
                ? new MediaCapabilities(CameraAddressing.XAddr(context, MediaPath), new RealTimeStreamingCapabilities(false, true, true))
                : null,
            PtzXAddr = camera.Options.HasPtz && Wants(CapabilityCategory.Ptz) ? CameraAddressing.XAddr(context, PtzPath) : null,
            Events = Wants(CapabilityCategory.Events) ? new EventCapabilities(CameraAddressing.XAddr(context, EventService.Path), true, true, false) : null,
        };
    }

    private static List<Service> Services(SimulatedCamera camera, bool includeCapability, SoapRequestContext context)
    {
        var services = new List<Service>
        {
            new()
            {
                Namespace = OnvifNamespaces.Device.NamespaceName,
                XAddr = CameraAddressing.XAddr(context, Path),
                Version = new OnvifVersion(2, 60),
                Capabilities = includeCapability ? ServiceCapabilities().ToXml() : null,
            },
            new()
            {
                Namespace = OnvifNamespaces.Media.NamespaceName,
                XAddr = CameraAddressing.XAddr(context, MediaPath),
                Version = new OnvifVersion(2, 60),
                Capabilities = includeCapability ? MediaService.Capabilities().ToXml() : null,
            },
            new()
            {
                Namespace = OnvifNamespaces.Media2.NamespaceName,
                XAddr = CameraAddressing.XAddr(context, Media2Path),
                Version = new OnvifVersion(2, 60),
                Capabilities = includeCapability ? Media2Service.Capabilities().ToXml() : null,
            },
        };
        services.Add(new Service
        {
            Namespace = OnvifNamespaces.Events.NamespaceName,
            XAddr = CameraAddressing.XAddr(context, EventService.Path),
            Version = new OnvifVersion(2, 60),
            Capabilities = includeCapability ? EventService.Capabilities().ToXml() : null,
        });
        if (camera.Options.HasPtz)
        {
            services.Add(new Service
            {
                Namespace = OnvifNamespaces.Ptz.NamespaceName,
                XAddr = CameraAddressing.XAddr(context, PtzPath),
                Version = new OnvifVersion(2, 60),
                Capabilities = includeCapability ? PtzService.Capabilities().ToXml() : null,
            });
        }

        return services;
    }

    internal static DeviceServiceCapabilities ServiceCapabilities() => new(
        new NetworkServiceCapabilities { IPFilter = false, ZeroConfiguration = false, IPVersion6 = false, DynDns = false, Ntp = 1, HostnameFromDhcp = false },
        new SecurityServiceCapabilities
        {
            UsernameToken = true,
            HttpDigest = true,
            DefaultAccessPolicy = true,
            MaxUsers = DeviceUsers.MaxUsers,
            MaxUserNameLength = DeviceUsers.MaxUsernameLength,
            MaxPasswordLength = DeviceUsers.MaxPasswordLength,
            HashingAlgorithms = ["MD5", "SHA-256"],
        },
        new SystemServiceCapabilities { DiscoveryResolve = true, DiscoveryBye = true, RemoteDiscovery = false, SystemBackup = false, SystemLogging = false, HttpFirmwareUpgrade = false });

    private static NetworkInterface NetworkInterfaceOf(SimulatedCamera camera, SoapRequestContext context)
    {
        var address = camera.Address;
        if ((address.Equals(System.Net.IPAddress.Any) || address.Equals(System.Net.IPAddress.IPv6Any)) && context.Request.LocalEndPoint is { } local)
        {
            address = local.Address;
        }

        var mac = SHA256.HashData(Encoding.UTF8.GetBytes(camera.EndpointAddress));
        mac[0] = (byte)((mac[0] | 0x02) & 0xFE); // locally administered, unicast
        return new NetworkInterface
        {
            Token = "eth0",
            Enabled = true,
            Info = new NetworkInterfaceInfo("eth0", string.Join(':', mac.Take(6).Select(b => b.ToString("x2", CultureInfo.InvariantCulture))), 1500),
            IPv4 = new IPv4NetworkInterface { Enabled = true, Manual = [new PrefixedIPv4Address(address.ToString(), 24)], Dhcp = false },
        };
    }
}
