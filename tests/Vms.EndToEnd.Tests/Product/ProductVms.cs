using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vms.Host.Api;
using Vms.Host.Cameras.Supervision;
using Vms.Host.Composition;
using Vms.Host.Demo;
using Vms.Host.Recording;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.Simulators.Fleet;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Product;

/// <summary>
/// The product as an installer runs it, embedded in a plain generic host with <c>AddVms</c>: demo cameras (mixed
/// kinds, loopback, WS-Discovery on a free port) discovered and adopted, recorded in short segments, re-served over
/// RTSP; the REST API on a free port. Waits re-check their condition at every camera state change (rates are
/// refreshed each second while frames flow), bounded by a timeout.
/// </summary>
internal sealed class ProductVms : IAsyncDisposable
{
    public const int SegmentSeconds = 4;
    public const int FramesPerSecond = 12;
    public const int GopSeconds = 2;
    public const int Width = 320;
    public const int Height = 180;
    public const string User = "admin";
    public const string Password = "product-test-password";

    private readonly IHost _host;
    private readonly bool _deleteData;

    private ProductVms(IHost host, DirectoryInfo data, bool deleteData)
    {
        _host = host;
        Data = data;
        _deleteData = deleteData;
    }

    public DirectoryInfo Data { get; }

    public IServiceProvider Services => _host.Services;

    public HttpClient Api { get; private set; } = null!;

    public Uri RtspBase => Services.GetRequiredService<RtspServerService>().BaseUri!;

    public CameraStates States => Services.GetRequiredService<CameraStates>();

    public RecordingStorage Storage => Services.GetRequiredService<RecordingStorage>();

    public DemoFleetService Demo => Services.GetRequiredService<DemoFleetService>();

    public CameraFleet Fleet => Demo.Fleet ?? throw new InvalidOperationException("no demo fleet");

    /// <summary>Starts the service with <paramref name="cameras"/> demo cameras; <paramref name="requisition"/> opens a
    /// requisition over them for playback (it also places a legal hold that retention respects).</summary>
    public static async Task<ProductVms> StartAsync(int cameras, DirectoryInfo? data = null, TimeProvider? time = null, IDictionary<string, string?>? settings = null, bool requisition = true)
    {
        var folder = data ?? Directory.CreateTempSubdirectory("vms-product-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        var config = new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = folder.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Recording:SegmentDuration"] = TimeSpan.FromSeconds(SegmentSeconds).ToString("c", CultureInfo.InvariantCulture),
            ["Vms:Recording:DefaultFrameRate"] = FramesPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Vms:Demo:Cameras"] = cameras.ToString(CultureInfo.InvariantCulture),
            ["Vms:Demo:DiscoveryPort"] = Loopback.FreeUdpPortPair().ToString(CultureInfo.InvariantCulture),
            ["Vms:Demo:MainResolution"] = $"{Width}x{Height}",
            ["Vms:Demo:AdminPassword"] = Password,
            // the demo's one start-up probe listens this long; every camera of the scenario must answer within it even
            // on a loaded machine (a camera it misses is adopted by address, but is missing from the probe's results)
            ["Vms:Cameras:Discovery:ProbeTimeout"] = "00:00:10",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddVms(builder.Configuration);
        var host = builder.Build();
        var vms = new ProductVms(host, folder, data is null);
        try
        {
            await host.StartAsync().WithTimeout(TimeSpan.FromSeconds(120));
            vms.Api = new HttpClient { BaseAddress = host.Services.GetRequiredService<ApiServer>().BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

            // every /api/v1 route needs a token: the administrator's (the demo gave it its password)
            var (token, _) = await host.Services.GetRequiredService<UserAdministration>().CreateTokenAsync(User, "product tests", null, null, CancellationToken.None).WithTimeout();
            vms.Api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

            // playback needs an open requisition naming the viewer (the demo granted the rights)
            if (cameras > 0 && requisition)
            {
                var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                await host.Services.GetRequiredService<Vms.Host.Requisitions.RequisitionService>().OpenAsync(
                    new Vms.Host.Requisitions.RequisitionDraft(
                        $"PRODUCT-TEST-{Guid.NewGuid():N}", "test", DateOnly.FromDateTime(now.UtcDateTime),
                        [.. Enumerable.Range(1, cameras).Select(i => $"cam-{i:00}")], now.AddHours(-1), now.AddDays(1), [User], now.AddDays(1)),
                    "tests",
                    null,
                    CancellationToken.None).WithTimeout();
            }

            return vms;
        }
        catch
        {
            await vms.DisposeAsync();
            throw;
        }
    }

    /// <summary>The live URL with the administrator's credentials (RTSP Digest).</summary>
    public string LiveUrl(string cameraId) => WithLogin(new Uri(RtspBase, cameraId));

    public string PlaybackUrl(string cameraId, DateTimeOffset start) =>
        WithLogin(new Uri(RtspBase, $"{cameraId}/playback?start={Iso(start)}"));

    private static string WithLogin(Uri uri) => new UriBuilder(uri) { UserName = User, Password = Password }.Uri.ToString();

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Re-checks <paramref name="condition"/> at every camera state change until it holds; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        using var signal = new SemaphoreSlim(0);
        EventHandler<CameraStateSnapshot> changed = (_, _) => signal.Release();
        States.Changed += changed;
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            while (!await condition())
            {
                try
                {
                    await signal.WaitAsync(limit.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"{what}: not reached within {timeout}");
                }
            }
        }
        finally
        {
            States.Changed -= changed;
        }
    }

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, what);

    /// <summary>Closed main segments of a camera between two instants, oldest first.</summary>
    public async Task<IReadOnlyList<Vms.Storage.Index.IndexedSegment>> SegmentsAsync(string cameraId, DateTimeOffset from, DateTimeOffset to, string stream = "main") =>
        [.. (await Storage.Index.FindAsync(cameraId, stream, from, to, CancellationToken.None)).OrderBy(s => s.Segment.StartUtc)];

    public string SegmentPath(Vms.Storage.Index.IndexedSegment segment) => Storage.Store.GetFullPath(segment.Segment.RelativePath);

    public async ValueTask DisposeAsync()
    {
        Api?.Dispose();
        try
        {
            await _host.StopAsync().WithTimeout(TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (_host is IAsyncDisposable d)
            {
                await d.DisposeAsync();
            }
            else
            {
                _host.Dispose();
            }

            if (_deleteData)
            {
                Data.Delete(recursive: true);
            }
        }
    }
}
