using System.Net;
using Microsoft.Extensions.Logging;
using Vms.Onvif.Client;
using Vms.Onvif.Discovery;
using Vms.Onvif.Security;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Onvif;

/// <summary>A started simulated camera (real sockets, real clock, temporary data folder) and our ONVIF client to it.</summary>
internal sealed class SimulatedCameraClient : IAsyncDisposable
{
    public const string User = "admin";
    public const string Password = "E2e-Secr3t";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vms-e2e-camera-" + Guid.NewGuid().ToString("N"));
    private readonly ILoggerFactory _loggers;
    private readonly List<HttpClient> _http = [];

    private SimulatedCameraClient(ITestOutputHelper output, Func<SimulatedCameraOptions, SimulatedCameraOptions>? configure, IPAddress? address, DiscoveryResponder? discovery, string name)
    {
        _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        var options = new SimulatedCameraOptions
        {
            Name = name,
            Kind = CameraKind.Ptz,
            Address = address ?? IPAddress.Loopback,
            DataFolder = _folder,
            Users = [new OnvifUser(User, Password, OnvifUserLevel.Administrator)],
            MainStream = new VideoStreamSettings { Width = 640, Height = 360, FramesPerSecond = 15, GopFrames = 15, BitrateKbps = 512 },
            SubStream = new VideoStreamSettings { Width = 320, Height = 180, FramesPerSecond = 10, GopFrames = 20, BitrateKbps = 128 },
            RebootDuration = TimeSpan.FromSeconds(1),
            Discovery = discovery,
            LoggerFactory = _loggers,
        };
        Camera = new SimulatedCamera(configure?.Invoke(options) ?? options);
    }

    public SimulatedCamera Camera { get; }

    /// <summary>The client the test drives (admin credentials).</summary>
    public OnvifDevice Device { get; private set; } = null!;

    public static async Task<SimulatedCameraClient> StartAsync(
        ITestOutputHelper output, Func<SimulatedCameraOptions, SimulatedCameraOptions>? configure = null, IPAddress? address = null, DiscoveryResponder? discovery = null, string name = "E2E camera")
    {
        var c = new SimulatedCameraClient(output, configure, address, discovery, name);
        await c.Camera.StartAsync(CancellationToken.None);
        c.Device = c.NewDevice();
        return c;
    }

    /// <summary>Another client to the same camera (own SOAP state), optionally through <paramref name="handler"/>.</summary>
    public OnvifDevice NewDevice(OnvifCredentials? credentials = null, HttpMessageHandler? handler = null)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.Timeout = Timeout.InfiniteTimeSpan;
        _http.Add(http);
        return new OnvifDevice(Camera.DeviceServiceUri, credentials ?? new OnvifCredentials(User, Password), http, TimeProvider.System, new SoapClientOptions { Timeout = TimeSpan.FromSeconds(15) }, _loggers);
    }

    public async ValueTask DisposeAsync()
    {
        await Camera.DisposeAsync();
        foreach (var http in _http)
        {
            http.Dispose();
        }

        _loggers.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
