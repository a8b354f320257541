using System.Net;
using Vms.Onvif.Security;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;

namespace Vms.Host.Tests.Cli;

/// <summary>A simulated camera on 127.0.0.1 (free ports, temporary data folder) for verb tests.</summary>
internal sealed class LoopbackCamera : IAsyncDisposable
{
    public const string User = "admin";
    public const string Password = "Pr0be-pw";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vms-host-camera-" + Guid.NewGuid().ToString("N"));

    private LoopbackCamera(CameraKind kind) => Camera = new SimulatedCamera(new SimulatedCameraOptions
    {
        Name = "Probe " + kind,
        Kind = kind,
        Address = IPAddress.Loopback,
        DataFolder = _folder,
        Users = [new OnvifUser(User, Password, OnvifUserLevel.Administrator)],
        MainStream = new VideoStreamSettings { Width = 640, Height = 360, FramesPerSecond = 15, GopFrames = 15, BitrateKbps = 512 },
        SubStream = new VideoStreamSettings { Width = 320, Height = 180, FramesPerSecond = 10, GopFrames = 20, BitrateKbps = 128 },
    });

    public SimulatedCamera Camera { get; }

    public static async Task<LoopbackCamera> StartAsync(CameraKind kind = CameraKind.Fixed)
    {
        var camera = new LoopbackCamera(kind);
        await camera.Camera.StartAsync(CancellationToken.None);
        return camera;
    }

    public async ValueTask DisposeAsync()
    {
        await Camera.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
