using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vms.Host.Api;
using Vms.Host.Cameras.Registry;
using Vms.Host.Cameras.Supervision;
using Vms.Host.Composition;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.Simulators.Camera;
using Vms.Simulators.Video;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Host.Tests.Cameras;

/// <summary>
/// The service as an embedding application runs it (AddVms in a generic host, API on a free port) on a manual clock,
/// with a counting stream ingest, plus simulated cameras on loopback.
/// </summary>
internal sealed class CameraTestHost : IAsyncDisposable
{
    public static readonly TimeSpan ReconnectMax = TimeSpan.FromSeconds(4);
    /// <summary>Below the RTSP keep-alive interval (30 s): one jump of the manual clock never fires a keep-alive and its
    /// response timeout together (the camera could not answer in between).</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Deadman = TimeSpan.FromMilliseconds(500);

    private readonly DirectoryInfo _data;
    private readonly List<SimulatedCamera> _cameras = [];
    private readonly ILoggerFactory _loggers;
    private IHost? _host;

    public CameraTestHost(ITestOutputHelper output)
    {
        _data = Directory.CreateTempSubdirectory("vms-cameras-");
        _loggers = LoggerFactory.Create(b => b.AddProvider(new XunitLoggerProvider(output)).SetMinimumLevel(LogLevel.Information));
    }

    /// <summary>Starts at the real time: the simulated cameras run on the real clock and pace frames by it.</summary>
    public ManualTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    /// <summary>Camera clocks further off than this are set; large by default, so the cameras' frame pacing is left alone.</summary>
    public TimeSpan ClockSyncThreshold { get; init; } = TimeSpan.FromDays(1);

    public CountingStreamIngest Ingest { get; } = new();

    public string DataFolder => _data.FullName;

    public IServiceProvider Services => _host!.Services;

    public CameraStates States => Services.GetRequiredService<CameraStates>();

    public CameraRegistry Registry => Services.GetRequiredService<CameraRegistry>();

    public HttpClient Api { get; private set; } = null!;

    public async Task StartAsync(bool withIngest = true)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_loggers);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = _data.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Cameras:ReconnectInitialDelay"] = "00:00:01",
            ["Vms:Cameras:ReconnectMaxDelay"] = ReconnectMax.ToString(),
            ["Vms:Cameras:ConfigurationCheckInterval"] = CheckInterval.ToString(),
            ["Vms:Cameras:RtspStallTimeout"] = "01:00:00",
            ["Vms:Cameras:PtzDeadman"] = Deadman.ToString(),
            ["Vms:Cameras:ClockSyncThreshold"] = ClockSyncThreshold.ToString(),
            ["Vms:Cameras:PtzDeviceMoveTimeout"] = "00:10:00",
        });
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddVms(builder.Configuration);
        if (withIngest)
        {
            builder.Services.AddSingleton<IStreamIngest>(Ingest); // after AddVms: the last registration wins
        }

        _host = builder.Build();
        await _host.StartAsync().WithTimeout();
        Api = new HttpClient { BaseAddress = Services.GetRequiredService<ApiServer>().BaseAddress };

        // every /api/v1 route needs a token: an administrator's
        var users = Services.GetRequiredService<UserAdministration>();
        await users.AddUserAsync("system", "tester", null, [BuiltInRoles.Administrator], default).WithTimeout();
        await users.SetPasswordAsync("system", "tester", "tester-password-1", default).WithTimeout();
        var (token, _) = await users.CreateTokenAsync("tester", "tests", null, null, default).WithTimeout();
        Api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>A simulated camera on 127.0.0.1 (main 320×180 at 25 fps, sub 160×90).</summary>
    public async Task<SimulatedCamera> StartCameraAsync(CameraKind kind = CameraKind.Fixed, string name = "Place de la Mairie", TimeSpan clockSkew = default)
    {
        var camera = new SimulatedCamera(new SimulatedCameraOptions
        {
            Name = name,
            Kind = kind,
            Address = IPAddress.Loopback,
            DataFolder = Path.Combine(_data.FullName, "sim-" + _cameras.Count),
            MainStream = new VideoStreamSettings { Width = 320, Height = 180, FramesPerSecond = 25, GopFrames = 25, BitrateKbps = 256 },
            SubStream = new VideoStreamSettings { Width = 160, Height = 90, FramesPerSecond = 25, GopFrames = 25, BitrateKbps = 256 },
            ClockSkew = clockSkew,
            LoggerFactory = _loggers,
        });
        _cameras.Add(camera);
        await camera.StartAsync(CancellationToken.None).WithTimeout();
        return camera;
    }

    /// <summary>Adopts a simulated camera through the API; returns its id.</summary>
    public async Task<string> AdoptAsync(SimulatedCamera camera, string? id = null)
    {
        using var response = await Api.PostAsJsonAsync("api/v1/cameras", new
        {
            deviceService = camera.DeviceServiceUri.AbsoluteUri,
            username = "admin",
            password = "admin",
            id,
        }).WithTimeout();
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var record = await response.Content.ReadFromJsonAsync<CameraRecord>(Json.Options);
        return record!.Id;
    }

    /// <summary>Completes with the first state of <paramref name="cameraId"/> that satisfies <paramref name="done"/>.</summary>
    public async Task<CameraStateSnapshot> WaitStateAsync(string cameraId, Func<CameraStateSnapshot, bool> done, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource<CameraStateSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(object? sender, CameraStateSnapshot s)
        {
            if (s.CameraId == cameraId && done(s))
            {
                signal.TrySetResult(s);
            }
        }

        States.Changed += OnChanged;
        try
        {
            if (States.Get(cameraId) is { } now && done(now))
            {
                return now;
            }

            return await signal.Task.WithTimeout(timeout);
        }
        finally
        {
            States.Changed -= OnChanged;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync().WithTimeout();
            _host.Dispose();
        }

        foreach (var camera in _cameras)
        {
            await camera.DisposeAsync();
        }

        _loggers.Dispose();
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a closing handle: the temp folder is cleaned by the OS
        }
    }
}
