using System.Net;

namespace Vms.Simulators.Fleet;

/// <summary>Turns a parsed command line (and its fleet file) into <see cref="FleetOptions"/>: names, kinds, addresses and ports.</summary>
public static class FleetLayout
{
    public const int DefaultHttpPort = 80;
    public const int DefaultRtspPort = 554;

    public static FleetOptions Build(FleetCommand command, TimeProvider time, ILoggerFactory? loggers)
    {
        ArgumentNullException.ThrowIfNull(command);
        var file = command.FleetFile is { } path ? FleetFileReader.ReadFile(path) : null;
        var count = file?.Cameras.Count ?? command.Cameras!.Value;
        if (command.AddressRange is { } range && count > range.Count)
        {
            throw new FleetUsageException($"{count} cameras need {count} addresses but --address-range {range} has {range.Count}");
        }

        if (command.AddressRange is null && command.BasePort is { } bp && bp != 0 && bp + (2 * count) - 1 > 65535)
        {
            throw new FleetUsageException($"--base-port {bp} leaves no room for {count} cameras (2 ports each) below 65536");
        }

        var addresses = command.AddressRange?.Take(count);
        var specs = new List<FleetCameraSpec>(count);
        for (var i = 0; i < count; i++)
        {
            var fromFile = file?.Cameras[i];
            var spec = fromFile?.Spec ?? new FleetCameraSpec
            {
                Name = command.SingleCamera ? command.Name ?? "camera" : FleetNames.Default(i, count),
                Kind = command.MixedKinds ? FleetKinds.Mixed(i) : command.Kind,
                Username = command.User,
                Password = command.Password,
            };
            IPAddress address;
            int http, rtsp;
            if (addresses is not null)
            {
                address = addresses[i];
                http = command.HttpPort ?? DefaultHttpPort;
                rtsp = command.RtspPort ?? DefaultRtspPort;
            }
            else if (command.SingleCamera)
            {
                address = command.Address ?? IPAddress.Loopback;
                http = command.HttpPort ?? 0;
                rtsp = command.RtspPort ?? 0;
            }
            else
            {
                address = command.Address ?? IPAddress.Loopback;
                var basePort = command.BasePort ?? 0;
                http = basePort == 0 ? 0 : basePort + (2 * i);
                rtsp = basePort == 0 ? 0 : basePort + (2 * i) + 1;
            }

            specs.Add(spec with
            {
                Address = fromFile is { HasAddress: true } ? spec.Address : address,
                HttpPort = fromFile is { HasHttpPort: true } ? spec.HttpPort : http,
                RtspPort = fromFile is { HasRtspPort: true } ? spec.RtspPort : rtsp,
            });
        }

        return new FleetOptions
        {
            Cameras = specs,
            DataFolder = command.DataFolder,
            SamePorts = command.AddressRange is not null,
            DiscoveryInterface = command.DiscoveryInterface,
            ControlPort = command.ControlPort,
            Faults = file?.Faults ?? [],
            TimeProvider = time,
            LoggerFactory = loggers,
        };
    }
}
