using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vms.EndToEnd.Tests.Streaming;
using Vms.Host.Audit;
using Vms.Host.Composition;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Security;

/// <summary>
/// The 20:00 hand-over with a real viewer: ffmpeg plays a camera's live path as a municipal agent (live 08:00–20:00 on
/// weekdays, Europe/Paris) through the whole service on a manual clock; when the clock passes 20:00 the server ends
/// the session (TCP: the connection closes; UDP: the session is released and its RTP stops), ffmpeg exits, and the
/// hand-over and the end of the view are audited.
/// </summary>
public sealed class LiveHandOverEndToEndTests
{
    private const string Municipal = "martine";
    private const string Password = "municipal-password-1";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(40);

    // Tuesday 10 March 2026, 19:59:50 in Paris (UTC+1)
    private static readonly DateTimeOffset BeforeHandOver = new(2026, 3, 10, 18, 59, 50, TimeSpan.Zero);

    [RequiresToolsTheory("ffmpeg")]
    [InlineData("tcp")]
    [InlineData("udp")]
    public async Task Ffmpeg_LiveViewerAtTheHandOver_SessionEndedByTheServerAndAudited(string transport)
    {
        var time = new ManualTimeProvider(BeforeHandOver);
        var data = Directory.CreateTempSubdirectory("vms-e2e-handover-");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vms:DataFolder"] = data.FullName,
            ["Vms:TimeZone"] = "Europe/Paris",
            ["Vms:Http:Enabled"] = "false",
            ["Vms:Rtsp:Port"] = "0",
            ["Vms:Rtsp:BindAddress"] = "127.0.0.1",
            ["Vms:Retention:MinFreeGiB"] = "0",
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddVms(builder.Configuration);
        builder.Services.AddSingleton<Vms.Host.Cameras.ICameraCatalog>(new StaticCameraCatalog("cam1"));
        using var host = builder.Build();
        await host.StartAsync().WithTimeout();
        try
        {
            var users = host.Services.GetRequiredService<UserAdministration>();
            Assert.True(await users.AddUserAsync("admin", Municipal, null, [], CancellationToken.None).WithTimeout());
            Assert.True(await users.SetPasswordAsync("admin", Municipal, Password, CancellationToken.None).WithTimeout());
            Assert.True(WeeklySchedule.TryParse("mon-fri 08:00-20:00", out var hours, out var error), error);
            await users.AddGrantAsync("admin", GrantSubject.User(Municipal), GrantScope.AllCameras, Rights.Live, hours, CancellationToken.None).WithTimeout();
            var rtsp = host.Services.GetRequiredService<RtspServerService>();
            var audit = host.Services.GetRequiredService<IAuditLog>();
            var url = new UriBuilder(new Uri(rtsp.BaseUri!, "cam1")) { UserName = Municipal, Password = Password }.Uri.ToString();

            await using var feeder = new RealTimeFeeder(host.Services.GetRequiredService<StreamIngest>(), "cam1");
            await feeder.PublishedAsync(3).WithTimeout();

            // ffmpeg plays until the server ends the session; -timeout (µs) ends a UDP read that gets nothing more
            await using var viewer = ExternalProcess.Start("ffmpeg", ["-nostdin", "-v", "error", "-rtsp_transport", transport, "-timeout", "3000000", "-i", url, "-f", "null", "-progress", "pipe:1", "-"]);
            var playing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            viewer.OutputLine += line =>
            {
                if (line.StartsWith("frame=", StringComparison.Ordinal) && int.TryParse(line.AsSpan(6), out var frames) && frames > 0)
                {
                    playing.TrySetResult();
                }
            };
            await Task.WhenAny(playing.Task, viewer.Exited).WithTimeout(ToolTimeout);
            Assert.True(playing.Task.IsCompleted, "ffmpeg did not decode a frame: " + viewer.StandardError);
            Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Municipal, Action: AuditActions.LiveStart), CancellationToken.None).WithTimeout());

            // 20:00 in Paris: the server ends the session
            var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            rtsp.Server!.SessionEnded += (_, reason) => ended.TrySetResult(reason);
            time.Advance(TimeSpan.FromSeconds(11));
            Assert.StartsWith("live right ended: ", await ended.Task.WithTimeout(ToolTimeout), StringComparison.Ordinal);
            await viewer.WaitAsync(ToolTimeout);
            Assert.Equal(0, rtsp.Server.SessionCount);

            var handOver = Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Municipal, Action: AuditActions.LiveHandOver), CancellationToken.None).WithTimeout());
            Assert.Equal(AuditRecord.CameraTarget("cam1"), handOver.Target);
            var stop = Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Municipal, Action: AuditActions.LiveStop), CancellationToken.None).WithTimeout());
            Assert.True(handOver.Sequence < stop.Sequence);
            Assert.Contains("\"revoked\"", stop.Details, StringComparison.Ordinal);
            Assert.Null(await audit.VerifyAsync(CancellationToken.None).WithTimeout());
        }
        finally
        {
            await host.StopAsync().WithTimeout();
            data.Delete(recursive: true);
        }
    }
}
