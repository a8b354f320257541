using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Vms.Simulators.Fleet;

/// <summary>
/// Parses the simulator's options. Every problem is a <see cref="FleetUsageException"/> with a one-line message
/// (the program prints it and exits with 2).
/// </summary>
public static class FleetCommandLine
{
    public const string Usage = """
        usage: Vms.Simulators --cameras N [options]      start N simulated ONVIF cameras
               Vms.Simulators --fleet FILE [options]     start the cameras of a fleet file
               Vms.Simulators --single-camera [options]  one camera: --name N --address IP --http-port P --rtsp-port P
          --kind fixed|ptz|panoramic|nomadic|mixed       camera kind (default fixed; mixed: 7 fixed, 2 ptz, 1 panoramic per 10)
          --name NAME                                    single camera: its name (default camera)
          --address-range A-B                            one loopback/local address per camera, SAME ports on each
          --http-port P / --rtsp-port P                  ports with --address-range (default 80 / 554; 0: free ports, shared)
                                                         or --single-camera (default 0: free ports)
          --address IP --base-port P                     one address, consecutive ports: HTTP P+2i, RTSP P+2i+1 (0: free ports)
          --user U --password P                          administrator account (default admin / admin)
          --discovery-interface IP|none                  WS-Discovery (default 127.0.0.1; none: off)
          --data DIR                                     camera state under DIR/<name> (default $TMP/vms-simulators)
          --control-port P|none                          fault control API on 127.0.0.1 (default 0: a free port)
          --json                                         print the cameras as JSON
        """;

    public static FleetCommand Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = new FleetCommand();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (!option.StartsWith("--", StringComparison.Ordinal))
            {
                throw new FleetUsageException($"unexpected argument '{Clip(option)}' (options start with --; see --help)");
            }

            if (!seen.Add(option))
            {
                throw new FleetUsageException($"{option} is given twice");
            }

            switch (option)
            {
                case "--help" or "-h":
                    return command with { Help = true };
                case "--json":
                    command = command with { Json = true };
                    continue;
                case "--single-camera":
                    command = command with { SingleCamera = true };
                    continue;
                default:
                    break;
            }

            if (i + 1 >= args.Count)
            {
                throw new FleetUsageException($"{option} needs a value");
            }

            var value = args[++i];
            command = option switch
            {
                "--cameras" => command with { Cameras = Int(option, value, 1, FleetOptions.MaxCameras) },
                "--kind" => Kind(command, value),
                "--name" => command with { Name = FleetNames.IsValid(value) ? value : throw new FleetUsageException($"--name '{Clip(value)}' must be 1-64 letters, digits, '-', '_' or '.'") },
                "--address-range" => command with { AddressRange = Range(value) },
                "--address" => command with { Address = Address(option, value) },
                "--base-port" => command with { BasePort = Int(option, value, 0, 65535) },
                "--http-port" => command with { HttpPort = Int(option, value, 0, 65535) },
                "--rtsp-port" => command with { RtspPort = Int(option, value, 0, 65535) },
                "--user" => command with { User = Text(option, value, 64) },
                "--password" => command with { Password = Text(option, value, 128) },
                "--discovery-interface" => command with { DiscoveryInterface = value == "none" ? null : Address(option, value) },
                "--data" => command with { DataFolder = Text(option, value, 4096) },
                "--fleet" => command with { FleetFile = Text(option, value, 4096) },
                "--control-port" => command with { ControlPort = value == "none" ? null : Int(option, value, 0, 65535) },
                _ => throw new FleetUsageException($"unknown option '{Clip(option)}' (see --help)"),
            };
        }

        return Check(command);
    }

    private static FleetCommand Check(FleetCommand c)
    {
        if (c.SingleCamera)
        {
            return CheckSingle(c);
        }

        if (c.Name is not null)
        {
            throw new FleetUsageException("--name goes with --single-camera (fleet cameras are named cam-01.. or by the fleet file)");
        }

        if (c.Cameras is null && c.FleetFile is null)
        {
            throw new FleetUsageException("give --cameras N or --fleet FILE (see --help)");
        }

        if (c.Cameras is not null && c.FleetFile is not null)
        {
            throw new FleetUsageException("--cameras and --fleet exclude each other (the fleet file lists the cameras)");
        }

        if (c.AddressRange is { } range)
        {
            if (c.Address is not null || c.BasePort is not null)
            {
                throw new FleetUsageException("--address-range excludes --address/--base-port (each camera gets its own address with the same ports)");
            }

            if (c.Cameras is { } n && n > range.Count)
            {
                throw new FleetUsageException($"--cameras {n} needs {n} addresses but --address-range {range} has {range.Count}");
            }

            if (c.HttpPort is { } h && h == c.RtspPort && h != 0)
            {
                throw new FleetUsageException($"--http-port and --rtsp-port are both {h}");
            }
        }
        else
        {
            if (c.HttpPort is not null || c.RtspPort is not null)
            {
                throw new FleetUsageException("--http-port/--rtsp-port go with --address-range; with one address use --base-port");
            }

            if (c.BasePort is { } basePort && basePort != 0 && c.Cameras is { } n && basePort + (2 * n) - 1 > 65535)
            {
                throw new FleetUsageException($"--base-port {basePort} leaves no room for {n} cameras (2 ports each) below 65536");
            }
        }

        if (c.User.Any(ch => ch is ':' || char.IsControl(ch) || char.IsWhiteSpace(ch)))
        {
            throw new FleetUsageException("--user must not contain ':', spaces or control characters");
        }

        return c;
    }

    private static FleetCommand CheckSingle(FleetCommand c)
    {
        string? conflict = c.Cameras is not null ? "--cameras" : c.FleetFile is not null ? "--fleet" : c.AddressRange is not null ? "--address-range" : c.BasePort is not null ? "--base-port" : null;
        if (conflict is not null)
        {
            throw new FleetUsageException($"--single-camera excludes {conflict} (use --address, --http-port and --rtsp-port)");
        }

        if (c.MixedKinds)
        {
            throw new FleetUsageException("--kind mixed needs a fleet; --single-camera takes fixed|ptz|panoramic|nomadic");
        }

        if (c.HttpPort is { } h && h == c.RtspPort && h != 0)
        {
            throw new FleetUsageException($"--http-port and --rtsp-port are both {h}");
        }

        return Check(c with { SingleCamera = false, Cameras = 1, Name = null, HttpPort = null, RtspPort = null }) with
        {
            SingleCamera = true,
            Name = c.Name ?? "camera",
            HttpPort = c.HttpPort ?? 0,
            RtspPort = c.RtspPort ?? 0,
        };
    }

    private static FleetCommand Kind(FleetCommand command, string value) =>
        FleetKinds.TryParse(value, allowMixed: true, out var kind, out var mixed)
            ? command with { Kind = kind, MixedKinds = mixed }
            : throw new FleetUsageException($"--kind '{Clip(value)}' is not one of fixed|ptz|panoramic|nomadic|mixed");

    private static AddressRange Range(string value)
    {
        try
        {
            return AddressRange.Parse(value);
        }
        catch (FormatException ex)
        {
            throw new FleetUsageException("--address-range: " + ex.Message, ex);
        }
    }

    private static int Int(string option, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FleetUsageException($"{option} '{Clip(value)}' is not an integer within {min}..{max}");

    private static IPAddress Address(string option, string value) =>
        value.Count(c => c == '.') == 3 && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetwork
            ? address
            : throw new FleetUsageException($"{option} '{Clip(value)}' is not an IPv4 address");

    private static string Text(string option, string value, int max) =>
        value.Length is > 0 && value.Length <= max && !value.Any(char.IsControl)
            ? value
            : throw new FleetUsageException($"{option} must be 1 to {max} printable characters");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
