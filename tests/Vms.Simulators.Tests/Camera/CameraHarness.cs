using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Vms.Onvif.Model.Common;
using Vms.Onvif.Security;
using Vms.Onvif.Server;
using Vms.Onvif.Soap;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Simulators.Tests.Camera;

/// <summary>A simulated camera on a manual clock with its own data folder, called through its SOAP dispatcher directly.</summary>
internal sealed class CameraHarness : IAsyncDisposable
{
    public const string Admin = "admin";
    public const string AdminPassword = "Adm1n!";
    public const string Operator = "op";
    public const string OperatorPassword = "Op3rator";

    private readonly ILoggerFactory _loggers;
    private readonly bool _ownsFolder;

    private CameraHarness(ITestOutputHelper output, CameraKind kind, string folder, bool ownsFolder, ManualTimeProvider time)
    {
        _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        _ownsFolder = ownsFolder;
        Folder = folder;
        Time = time;
        Kind = kind;
        Camera = Create();
    }

    public ManualTimeProvider Time { get; }

    public string Folder { get; }

    public CameraKind Kind { get; }

    public SimulatedCamera Camera { get; private set; }

    public string Host { get; set; } = "192.0.2.10:8080";

    public static CameraHarness Create(ITestOutputHelper output, CameraKind kind = CameraKind.Ptz) =>
        new(output, kind, Path.Combine(Path.GetTempPath(), "vms-sim-camera-" + Guid.NewGuid().ToString("N")), true, new ManualTimeProvider(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));

    /// <summary>Disposes the camera and creates a new one on the same data folder (a power cycle).</summary>
    public async Task RestartAsync()
    {
        await Camera.DisposeAsync();
        Camera = Create();
    }

    /// <summary>Creates a new camera on the data folder without disposing the current one (dispose it first).</summary>
    public void Recreate() => Camera = Create();

    public Task<SoapHttpResponse> AnonymousAsync(XElement body) => SendAsync(body, null, null);

    /// <summary>Calls with a WS-UsernameToken stamped with the camera's clock.</summary>
    public Task<SoapHttpResponse> CallAsync(XElement body, string user = Admin, string password = AdminPassword) =>
        SendAsync(body, UsernameTokenFactory.Create(user, password, Camera.Now).ToSecurityHeader(Vms.Onvif.OnvifNamespaces.Soap12), null);

    public async Task<SoapHttpResponse> SendAsync(XElement body, XElement? security, string? authorization, string contentType = "application/soap+xml; charset=utf-8")
    {
        var bytes = SoapEnvelopeWriter.Write(SoapVersion.Soap12, body, security is null ? null : [security]);
        return await SendRawAsync(bytes, authorization, contentType);
    }

    public async Task<SoapHttpResponse> SendRawAsync(byte[] bytes, string? authorization = null, string contentType = "application/soap+xml; charset=utf-8") =>
        await Camera.Dispatcher.DispatchAsync(
            new SoapHttpRequest
            {
                Method = "POST",
                Path = "/onvif/device_service",
                ContentType = contentType,
                Authorization = authorization,
                Host = Host,
                Body = bytes,
                RemoteEndPoint = new IPEndPoint(IPAddress.Parse("192.0.2.99"), 50000),
                LocalEndPoint = new IPEndPoint(IPAddress.Parse("192.0.2.10"), 8080),
            },
            CancellationToken.None);

    /// <summary>Calls as admin and reads the response body with the model reader.</summary>
    public async Task<T> CallAsync<T>(XElement body, string user = Admin, string password = AdminPassword)
        where T : IOnvifMessage<T>
    {
        var response = await CallAsync(body, user, password);
        return T.FromXml(Body(response));
    }

    public static XElement Body(SoapHttpResponse response)
    {
        var envelope = SoapEnvelopeReader.Read(response.Body);
        Assert.True(response.StatusCode == 200, $"HTTP {response.StatusCode}: {envelope.Fault}");
        return envelope.Body!;
    }

    public static SoapFault Fault(SoapHttpResponse response)
    {
        Assert.NotEqual(200, response.StatusCode);
        return SoapEnvelopeReader.Read(response.Body).Fault ?? throw new InvalidOperationException("no fault in the answer");
    }

    public static void AssertFault(SoapHttpResponse response, params XName[] subcodes)
    {
        var fault = Fault(response);
        foreach (var subcode in subcodes)
        {
            Assert.True(fault.HasSubcode(subcode), $"expected {subcode.LocalName} in {fault}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Camera.DisposeAsync();
        _loggers.Dispose();
        if (_ownsFolder)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private SimulatedCamera Create() => new(new SimulatedCameraOptions
    {
        Name = "Place de la Mairie",
        Kind = Kind,
        DataFolder = Folder,
        Users = [new OnvifUser(Admin, AdminPassword, OnvifUserLevel.Administrator), new OnvifUser(Operator, OperatorPassword, OnvifUserLevel.Operator)],
        MainStream = new VideoStreamSettings { Width = 640, Height = 360, FramesPerSecond = 12, GopFrames = 24, BitrateKbps = 256 },
        SubStream = new VideoStreamSettings { Width = 320, Height = 180, FramesPerSecond = 12, GopFrames = 24, BitrateKbps = 128 },
        TimeProvider = Time,
        LoggerFactory = _loggers,
    });
}
