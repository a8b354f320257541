using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Vms.Onvif.Client;
using Vms.Onvif.Discovery;
using Vms.Onvif.Security;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Simulators;

/// <summary>A started simulated camera on the real clock with a temporary data folder, and a SOAP client for setup calls.</summary>
internal sealed class CameraUnderTest : IAsyncDisposable
{
    public const string User = "admin";
    public const string Password = "Secr3t!";

    private readonly ILoggerFactory _loggers;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vms-interop-camera-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();

    private CameraUnderTest(ITestOutputHelper output, CameraKind kind, IPAddress address, VideoStreamSettings main, DiscoveryResponder? discovery, bool rejectReplays)
    {
        _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        Camera = new SimulatedCamera(new SimulatedCameraOptions
        {
            Name = "Interop " + kind,
            Kind = kind,
            Address = address,
            DataFolder = _folder,
            Users = [new OnvifUser(User, Password, OnvifUserLevel.Administrator)],
            MainStream = main,
            SubStream = new VideoStreamSettings { Width = 320, Height = 180, FramesPerSecond = 12, GopFrames = 24, BitrateKbps = 128 },
            Discovery = discovery,
            RejectReplayedUsernameTokens = rejectReplays,
            LoggerFactory = _loggers,
        });
    }

    public SimulatedCamera Camera { get; }

    public SoapClient Soap { get; private set; } = null!;

    /// <summary>rtsp://admin:Secr3t!@host:port/main (Digest credentials in the URL, as ffmpeg takes them).</summary>
    public string RtspUrl(StreamKind stream = StreamKind.Main) =>
        $"rtsp://{User}:{Uri.EscapeDataString(Password)}@{Camera.RtspUri(stream).Authority}{Camera.RtspUri(stream).AbsolutePath}";

    public static async Task<CameraUnderTest> StartAsync(ITestOutputHelper output, CameraKind kind, IPAddress? address = null, VideoStreamSettings? main = null, DiscoveryResponder? discovery = null, bool rejectReplays = true)
    {
        var camera = new CameraUnderTest(output, kind, address ?? IPAddress.Loopback, main ?? new VideoStreamSettings { Width = 640, Height = 360, FramesPerSecond = 12, GopFrames = 12, BitrateKbps = 512 }, discovery, rejectReplays);
        await camera.Camera.StartAsync(CancellationToken.None);
        camera.Soap = new SoapClient(camera._http, camera.Camera.DeviceServiceUri, new OnvifCredentials(User, Password));
        return camera;
    }

    public Task<XElement> CallAsync(XElement body) => Soap.CallAsync(body, null, CancellationToken.None);

    /// <summary>
    /// Decodes one frame of the main stream with ffmpeg (RTSP over TCP) as packed RGB24: the first one, or the one after
    /// <paramref name="skipFrames"/> frames. A new viewer starts on the stream's cached GOP, which may have been encoded
    /// before the latest scene change (a stream that nobody watched keeps the GOP of its last viewer), so a frame that
    /// must show the current view skips more than one GOP.
    /// </summary>
    public async Task<byte[]> GrabFrameAsync(int skipFrames = 0)
    {
        var file = Path.Combine(_folder, $"frame-{Guid.NewGuid():N}.rgb");
        string[] select = skipFrames > 0 ? ["-vf", $"select=gte(n\\,{skipFrames})", "-fps_mode", "passthrough"] : [];
        var p = await ExternalProcess.RunAsync(
            "ffmpeg",
            ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-i", RtspUrl(), .. select, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-y", file],
            TimeSpan.FromSeconds(60));
        Assert.True(p.ExitCode == 0, $"ffmpeg exit {p.ExitCode}: {p.StandardError}");
        return await File.ReadAllBytesAsync(file);
    }

    public async ValueTask DisposeAsync()
    {
        await Camera.DisposeAsync();
        _http.Dispose();
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
