using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vms.Host.Api;
using Vms.Host.Cameras;
using Vms.Host.Composition;
using Vms.Host.Recording;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.TestSupport;

namespace Vms.Host.Tests.Streaming;

/// <summary>The whole service (<c>AddVms</c>) in a temporary data folder, ports 0 on loopback, a manual clock and a fake camera registry.</summary>
internal sealed class StreamingTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;
    private bool _keepData;

    private StreamingTestHost(IHost host, DirectoryInfo data, ManualTimeProvider time, FakeCameraCatalog catalog)
    {
        _host = host;
        Data = data;
        Time = time;
        Catalog = catalog;
    }

    public DirectoryInfo Data { get; }

    public ManualTimeProvider Time { get; }

    public FakeCameraCatalog Catalog { get; }

    public IServiceProvider Services => _host.Services;

    public StreamIngest Ingest => Services.GetRequiredService<StreamIngest>();

    public RecordingStorage Storage => Services.GetRequiredService<RecordingStorage>();

    /// <summary>The site administrator (configure, administer) and an operator (live, PTZ), with passwords.</summary>
    public const string Admin = "admin";
    public const string Operator = "olivier";
    public const string Password = "test-password-1";

    /// <summary>An API client with a fresh token of <paramref name="user"/>.</summary>
    public async Task<HttpClient> HttpAsync(string user = Admin)
    {
        var (token, _) = await Services.GetRequiredService<UserAdministration>().CreateTokenAsync(user, "test", null, null, CancellationToken.None).WithTimeout();
        var http = new HttpClient { BaseAddress = Services.GetRequiredService<ApiServer>().BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task<StreamingTestHost> StartAsync(FakeCameraCatalog catalog, Dictionary<string, string?>? settings = null, DirectoryInfo? data = null, ManualTimeProvider? time = null)
    {
        data ??= Directory.CreateTempSubdirectory("vms-streaming-");
        time ??= new ManualTimeProvider();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        var config = new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Recording:SegmentDuration"] = "00:00:10",
            ["Vms:Retention:MinFreeGiB"] = "0",
            ["Vms:Retention:SweepInterval"] = "00:05:00",
        };
        foreach (var (k, v) in settings ?? [])
        {
            config[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddVms(builder.Configuration);
        builder.Services.AddSingleton<ICameraCatalog>(catalog);
        var host = builder.Build();
        await host.StartAsync().WithTimeout();
        var users = host.Services.GetRequiredService<UserAdministration>();
        await users.SetPasswordAsync(Admin, Admin, Password, CancellationToken.None).WithTimeout();
        if (await users.AddUserAsync(Admin, Operator, null, [BuiltInRoles.Operator], CancellationToken.None).WithTimeout())
        {
            await users.SetPasswordAsync(Admin, Operator, Password, CancellationToken.None).WithTimeout();
        }

        return new StreamingTestHost(host, data, time, catalog);
    }

    /// <summary>Waits until every closed segment is committed to the index.</summary>
    public Task FlushAsync() => Storage.FlushAsync(CancellationToken.None).WithTimeout();

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync().WithTimeout();
        }
    }

    /// <summary>Stops and disposes the host but leaves the data folder (for a restart or inspection).</summary>
    public async Task DisposeAsyncKeepingData()
    {
        _keepData = true;
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_host is IAsyncDisposable asyncHost)
        {
            await asyncHost.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        if (_keepData)
        {
            return;
        }

        try
        {
            Data.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
