using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Api;
using Vms.Host.Composition;
using Vms.TestSupport;

namespace Vms.Host.Tests.Composition;

public sealed class AddVmsTests
{
    [Fact]
    public async Task AddVms_InAPlainGenericHost_ServesTheApiOnItsOwnListener()
    {
        var data = Directory.CreateTempSubdirectory("vms-embed-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
        });
        builder.Services.AddVms(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync().WithTimeout();
        try
        {
            var api = host.Services.GetRequiredService<ApiServer>();
            Assert.NotNull(api.BaseAddress);
            Assert.Equal("127.0.0.1", api.BaseAddress!.Host);
            using var http = new HttpClient { BaseAddress = api.BaseAddress };
            var health = await http.GetFromJsonAsync<Dictionary<string, string>>("health").WithTimeout();
            Assert.Equal("ok", health!["status"]);
            Assert.True(File.Exists(Path.Combine(data.FullName, Vms.Host.Data.HostDatabaseOptions.SqliteFileName)), "the service database is created at start");
        }
        finally
        {
            await host.StopAsync().WithTimeout();
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AddVms_InvalidOptions_FailToStartWithTheReason()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Vms:Index:Provider"] = "Oracle" });
        builder.Services.AddVms(builder.Configuration);
        using var host = builder.Build();

        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync().WithTimeout());
        Assert.Contains("Vms:Index:Provider must be Sqlite or SqlServer, not 'Oracle'", e.Failures);
    }

    [RequiresToolsFact("ffprobe")]
    public async Task AddVms_WithTwoDemoCameras_RecordsThemAndServesThemOverRtsp()
    {
        var data = Directory.CreateTempSubdirectory("vms-embed-demo-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Recording:SegmentDuration"] = "00:00:02",
            ["Vms:Demo:Cameras"] = "2",
            ["Vms:Demo:MainResolution"] = "320x180",
            ["Vms:Demo:DiscoveryPort"] = Loopback.FreeUdpPortPair().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddVms(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync().WithTimeout(TimeSpan.FromSeconds(120));
        try
        {
            var demo = host.Services.GetRequiredService<Vms.Host.Demo.DemoFleetService>();
            Assert.Equal(["cam-01", "cam-02"], demo.Cameras.Select(c => c.CameraId));

            // recorded: a closed segment of each camera in the index (re-checked at each camera state change)
            var storage = host.Services.GetRequiredService<Vms.Host.Recording.RecordingStorage>();
            var states = host.Services.GetRequiredService<Vms.Host.Cameras.Supervision.CameraStates>();
            using var changed = new SemaphoreSlim(0);
            EventHandler<Vms.Host.Cameras.Supervision.CameraStateSnapshot> onChange = (_, _) => changed.Release();
            states.Changed += onChange;
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
                var since = DateTimeOffset.UtcNow.AddMinutes(-5);
                foreach (var id in new[] { "cam-01", "cam-02" })
                {
                    while ((await storage.Index.FindAsync(id, "main", since, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None)).Count == 0)
                    {
                        await changed.WaitAsync(limit.Token);
                    }
                }
            }
            finally
            {
                states.Changed -= onChange;
            }

            // served: ffprobe reads the live stream through the embedded RTSP server
            var rtsp = host.Services.GetRequiredService<Vms.Host.Streaming.RtspServerService>().BaseUri!;
            var probe = await ExternalProcess.RunAsync(
                "ffprobe",
                ["-v", "error", "-rtsp_transport", "tcp", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", new UriBuilder(new Uri(rtsp, "cam-02")) { UserName = "admin", Password = "demo-admin-password" }.Uri.ToString()],
                TimeSpan.FromSeconds(60));
            Assert.Equal("h264,320,180", probe.StandardOutput.Trim());
        }
        finally
        {
            await host.StopAsync().WithTimeout(TimeSpan.FromSeconds(60));
            data.Delete(recursive: true);
        }
    }
}
