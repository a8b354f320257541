using System.Globalization;
using System.Net;
using Vms.Host.Options;
using Vms.Simulators.Camera;
using Vms.Simulators.Fleet;
using Vms.Simulators.Video;

namespace Vms.Host.Demo;

/// <summary>The simulated fleet of <c>vms run --demo N</c>: <c>cam-01</c>.. of mixed kinds on one loopback address, free ports, WS-Discovery on loopback.</summary>
internal static class DemoFleetPlan
{
    /// <summary>Folder of the cameras' own state when <see cref="DemoOptions.DataFolder"/> is empty.</summary>
    public const string DefaultFolderName = "demo-cameras";

    public static FleetOptions Build(VmsOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        var demo = options.Demo;
        if (!TryParseResolution(demo.MainResolution, out var width, out var height))
        {
            throw new ArgumentException($"Vms:Demo:MainResolution '{demo.MainResolution}' is not WIDTHxHEIGHT", nameof(options));
        }

        var address = IPAddress.Parse(demo.Address);
        var specs = new List<FleetCameraSpec>(demo.Cameras);
        for (var i = 0; i < demo.Cameras; i++)
        {
            var kind = Kind(i);
            var mainWidth = kind == CameraKind.Panoramic ? Math.Min(width * 2, VideoStreamSettings.MaxWidth) : width;
            specs.Add(new FleetCameraSpec
            {
                Name = FleetNames.Default(i, demo.Cameras),
                Kind = kind,
                Address = address,
                MainStream = new VideoStreamSettings
                {
                    Width = mainWidth,
                    Height = height,
                    FramesPerSecond = options.Recording.DefaultFrameRate,
                    GopFrames = options.Recording.DefaultFrameRate * 2,
                    BitrateKbps = Math.Max(256, width * height / 450),
                },
                // the sub stream is half the main one each way: the service takes the larger profile as main
                SubStream = new VideoStreamSettings
                {
                    Width = Even(mainWidth / 2),
                    Height = Even(height / 2),
                    FramesPerSecond = options.Recording.DefaultFrameRate,
                    GopFrames = options.Recording.DefaultFrameRate * 2,
                    BitrateKbps = Math.Max(128, mainWidth * height / 1800),
                },
                Location = "Demo " + (i + 1).ToString(CultureInfo.InvariantCulture),
                Hardware = "VMS-SIM-" + kind.ToString().ToUpperInvariant(),
                Username = demo.Username,
                Password = demo.Password,
            });
        }

        return new FleetOptions
        {
            Cameras = specs,
            DataFolder = CameraFolder(options),
            DiscoveryInterface = address,
            DiscoveryPort = demo.DiscoveryPort,
            ControlPort = null,
            TimeProvider = time,
            LoggerFactory = loggers,
        };
    }

    /// <summary>7 fixed, 2 PTZ and 1 panoramic in every 10, the PTZ and panoramic ones first so a small demo shows every kind.</summary>
    public static CameraKind Kind(int index) => (index % 10) switch
    {
        1 or 5 => CameraKind.Ptz,
        2 => CameraKind.Panoramic,
        _ => CameraKind.Fixed,
    };

    private static int Even(int value) => Math.Max(16, value & ~1);

    public static string CameraFolder(VmsOptions options) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.Demo.DataFolder)
            ? Path.Combine(options.DataFolder, DefaultFolderName)
            : options.Demo.DataFolder);

    public static bool TryParseResolution(string? text, out int width, out int height)
    {
        width = height = 0;
        var parts = text?.Split('x', 'X');
        return parts is { Length: 2 } &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height) &&
            width is >= 16 and <= VideoStreamSettings.MaxWidth / 2 && (width & 1) == 0 &&
            height is >= 16 and <= VideoStreamSettings.MaxHeight && (height & 1) == 0;
    }
}
