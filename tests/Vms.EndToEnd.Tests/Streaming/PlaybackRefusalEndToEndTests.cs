using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Composition;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Streaming;

/// <summary>ffprobe asking the service for playbacks with bad times sees 400 Bad Request at DESCRIBE; an unknown camera stays 404.</summary>
public sealed class PlaybackRefusalEndToEndTests
{
    private const string Investigator = "ines";
    private const string Password = "investigator-password-1";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(40);

    [RequiresToolsFact("ffprobe")]
    public async Task Ffprobe_PlaybackWithBadTimes_Sees400AndUnknownCamera404()
    {
        var data = Directory.CreateTempSubdirectory("vms-e2e-playback-400-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:Http:Enabled"] = "false",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Retention:MinFreeGiB"] = "0",
        });
        builder.Services.AddVms(builder.Configuration);
        builder.Services.AddSingleton<Vms.Host.Cameras.ICameraCatalog>(new StaticCameraCatalog("cam1"));
        using var host = builder.Build();
        await host.StartAsync().WithTimeout();
        try
        {
            var users = host.Services.GetRequiredService<UserAdministration>();
            await users.AddUserAsync("admin", Investigator, null, [BuiltInRoles.Investigator], CancellationToken.None).WithTimeout();
            await users.SetPasswordAsync("admin", Investigator, Password, CancellationToken.None).WithTimeout();
            var baseUri = host.Services.GetRequiredService<RtspServerService>().BaseUri!;

            foreach (var query in new[] { "start=garbage", "start=2026-03-10T10:00:00Z&end=2026-03-10T09:00:00Z", "start=2026-03-10T10:00:00Z&end=soon", "start=2999-01-01T00:00:00Z" })
            {
                await using var probe = await ProbeAsync(baseUri, "cam1/playback?" + query);
                Assert.NotEqual(0, probe.ExitCode);
                Assert.True(probe.StandardError.Contains("400 Bad Request", StringComparison.Ordinal), query + ": " + probe.StandardError);
            }

            await using var unknown = await ProbeAsync(baseUri, "nope/playback?start=garbage");
            Assert.NotEqual(0, unknown.ExitCode);
            Assert.Contains("404", unknown.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync().WithTimeout();
            data.Delete(recursive: true);
        }
    }

    private static async Task<ExternalProcess> ProbeAsync(Uri baseUri, string pathAndQuery)
    {
        var url = new UriBuilder(baseUri) { UserName = Investigator, Password = Password }.Uri.ToString().TrimEnd('/') + "/" + pathAndQuery;
        return await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", url], ToolTimeout);
    }
}
