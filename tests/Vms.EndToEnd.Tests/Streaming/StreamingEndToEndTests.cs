using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vms.Host.Composition;
using Vms.Host.Recording;
using Vms.Host.Requisitions;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Streaming;

/// <summary>The service re-serving a synthetic camera live and from its recordings to ffmpeg/ffprobe.</summary>
public sealed class StreamingEndToEndTests
{
    private const string Viewer = "olivier";
    private const string Investigator = "ines";
    private const string Password = "viewer-password-1";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(40);

    /// <summary>The RTSP URL of <paramref name="path"/> with the user's credentials (ffmpeg answers the Digest challenge).</summary>
    private static string Url(IHost host, string path, string? user)
    {
        var uri = new UriBuilder(new Uri(host.Services.GetRequiredService<RtspServerService>().BaseUri!, path));
        if (user is not null)
        {
            uri.UserName = user;
            uri.Password = Password;
        }

        return uri.Uri.ToString();
    }

    [RequiresToolsFact("ffmpeg", "ffprobe")]
    public async Task LiveStream_TwoFfmpegViewersTcpAndUdp_DecodeWithoutErrorsFromOneUpstream()
    {
        var (host, data) = await StartHostAsync();
        try
        {
            var ingest = host.Services.GetRequiredService<StreamIngest>();
            var url = Url(host, "cam1", Viewer);
            await using (var feeder = new RealTimeFeeder(ingest, "cam1"))
            {
                await feeder.PublishedAsync(6).WithTimeout();
                var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", url], ToolTimeout);
                Assert.True(probe.ExitCode == 0, probe.StandardError);
                Assert.Equal("h264,640,360", probe.StandardOutput.Trim());

                var tcp = ExternalProcess.Start("ffmpeg", ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-i", url, "-frames:v", "48", "-f", "null", "-"]);
                var udp = ExternalProcess.Start("ffmpeg", ["-nostdin", "-v", "error", "-rtsp_transport", "udp", "-i", url, "-frames:v", "48", "-f", "null", "-"]);
                await using (tcp)
                await using (udp)
                {
                    await Task.WhenAll(tcp.WaitAsync(ToolTimeout), udp.WaitAsync(ToolTimeout));
                    Assert.True(tcp.ExitCode == 0, "tcp: " + tcp.StandardError);
                    Assert.True(udp.ExitCode == 0, "udp: " + udp.StandardError);
                    Assert.Equal(string.Empty, tcp.StandardError.Trim());
                    Assert.Equal(string.Empty, udp.StandardError.Trim());
                }

                var hub = Assert.Single(ingest.Hubs);
                var stats = hub.GetStats();
                Assert.Equal(1, stats.Feeds); // three viewers, one upstream
                Assert.Equal(0, stats.LiveViewerDrops);

                var anonymous = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", Url(host, "cam1", null)], ToolTimeout);
                Assert.NotEqual(0, anonymous.ExitCode);
                Assert.Contains("401", anonymous.StandardError);
                var noPlaybackRight = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", Url(host, "cam1/playback?start=2026-01-01T00:00:00Z", Viewer)], ToolTimeout);
                Assert.NotEqual(0, noPlaybackRight.ExitCode);
                Assert.Contains("403", noPlaybackRight.StandardError);
            }
        }
        finally
        {
            await StopAsync(host, data);
        }
    }

    [RequiresToolsFact("ffmpeg")]
    public async Task Playback_FfmpegFromAUtcInstant_DecodesRecordedFramesWithoutErrors()
    {
        var (host, data) = await StartHostAsync();
        try
        {
            var ingest = host.Services.GetRequiredService<StreamIngest>();
            DateTimeOffset first;
            await using (var feeder = new RealTimeFeeder(ingest, "cam1"))
            {
                await feeder.PublishedAsync(8 * 12).WithTimeout();
                first = feeder.FirstFrame!.Value;
            }

            await host.Services.GetRequiredService<RecordingStorage>().FlushAsync(CancellationToken.None).WithTimeout();
            var start = first.AddSeconds(3).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
            var draft = new RequisitionDraft("PV-2026-001", "OPJ Test", DateOnly.FromDateTime(first.UtcDateTime), ["cam1"], first.AddMinutes(-5), first.AddMinutes(5), [Investigator], first.AddDays(1));
            await host.Services.GetRequiredService<RequisitionService>().OpenAsync(draft, "admin", null, CancellationToken.None).WithTimeout();
            var url = Url(host, $"cam1/playback?start={start}", Investigator);
            var play = await ExternalProcess.RunAsync("ffmpeg", ["-nostdin", "-v", "error", "-rtsp_transport", "tcp", "-i", url, "-frames:v", "36", "-f", "null", "-"], ToolTimeout);
            Assert.True(play.ExitCode == 0, play.StandardError);
            Assert.Equal(string.Empty, play.StandardError.Trim());

            var missing = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", Url(host, "nope", Viewer)], ToolTimeout);
            Assert.NotEqual(0, missing.ExitCode);
            Assert.Contains("404", missing.StandardError);
        }
        finally
        {
            await StopAsync(host, data);
        }
    }

    private static async Task<(IHost Host, DirectoryInfo Data)> StartHostAsync()
    {
        var data = Directory.CreateTempSubdirectory("vms-e2e-streaming-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:Http:Port"] = "0",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Recording:SegmentDuration"] = "00:00:04",
            ["Vms:Retention:MinFreeGiB"] = "0",
        });
        builder.Services.AddVms(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync().WithTimeout();
        var users = host.Services.GetRequiredService<UserAdministration>();
        await users.AddUserAsync("admin", Viewer, null, [BuiltInRoles.Operator], CancellationToken.None).WithTimeout();
        await users.SetPasswordAsync("admin", Viewer, Password, CancellationToken.None).WithTimeout();
        await users.AddUserAsync("admin", Investigator, null, [BuiltInRoles.Investigator], CancellationToken.None).WithTimeout();
        await users.SetPasswordAsync("admin", Investigator, Password, CancellationToken.None).WithTimeout();
        return (host, data);
    }

    private static async Task StopAsync(IHost host, DirectoryInfo data)
    {
        await host.StopAsync().WithTimeout();
        if (host is IAsyncDisposable d)
        {
            await d.DisposeAsync();
        }

        data.Delete(recursive: true);
    }
}
