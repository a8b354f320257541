using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Audit;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.Rtsp.Client;
using Vms.TestSupport;

namespace Vms.Host.Tests.Streaming;

/// <summary>
/// The 20:00 hand-over on a real RTSP session: a municipal agent (live 08:00–20:00 on weekdays, Europe/Paris) watching
/// a camera through the service's RTSP server is cut off when the clock passes 20:00, the hand-over and the end of the
/// view are audited, and a national police agent (the other hours) can then watch the same path.
/// </summary>
public sealed class LiveHandOverTests
{
    private const string Municipal = "martine";
    private const string National = "nathan";

    // Tuesday 10 March 2026, 19:59:50 in Paris (UTC+1 before the spring change)
    private static readonly DateTimeOffset BeforeHandOver = new(2026, 3, 10, 18, 59, 50, TimeSpan.Zero);
    private static readonly DateTimeOffset HandOver = new(2026, 3, 10, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LiveSession_RightEndsAtTheHandOver_SessionClosedAuditedAndTheNextShiftCanWatch()
    {
        var time = new ManualTimeProvider(BeforeHandOver);
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")), new() { ["Vms:TimeZone"] = "Europe/Paris" }, time: time);
        await AddAgentAsync(host, Municipal, "mon-fri 08:00-20:00");
        await AddAgentAsync(host, National, "mon-fri 20:00-08:00; sat,sun 00:00-00:00");
        var audit = host.Services.GetRequiredService<IAuditLog>();
        var rtsp = host.Services.GetRequiredService<RtspServerService>();
        var server = rtsp.Server!;

        var feeder = new SyntheticFeeder(time, "cam1");
        await using var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, SyntheticFeeder.GopFrames);
        Assert.True(time.GetUtcNow() < HandOver);

        // the municipal agent watches: the cached keyframe arrives
        await using var municipal = Client(rtsp, Municipal);
        await municipal.StartAsync(CancellationToken.None).WithTimeout();
        var first = await municipal.Frames.ReadAsync().AsTask().WithTimeout();
        Assert.True(first.Unit.IsKeyframe);
        var started = Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Municipal, Action: AuditActions.LiveStart), CancellationToken.None).WithTimeout());
        Assert.Equal(AuditRecord.CameraTarget("cam1"), started.Target);

        // 20:00: the session is closed by the server, the hand-over and live.stop are audited
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.SessionEnded += (_, reason) => ended.TrySetResult(reason);
        time.Advance(HandOver - time.GetUtcNow() + TimeSpan.FromSeconds(1));
        var result = await municipal.Completion.WithTimeout();
        Assert.Equal(RtspClientStopReason.ServerClosed, result.Reason);
        var reason = await ended.Task.WithTimeout();
        Assert.StartsWith("live right ended: ", reason, StringComparison.Ordinal);
        Assert.Equal(0, server.SessionCount);

        var handOver = Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Municipal, Action: AuditActions.LiveHandOver), CancellationToken.None).WithTimeout());
        Assert.Equal(AuditRecord.CameraTarget("cam1"), handOver.Target);
        var stop = Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Municipal, Action: AuditActions.LiveStop), CancellationToken.None).WithTimeout());
        Assert.True(handOver.Sequence < stop.Sequence);
        Assert.Contains("\"durationSeconds\"", stop.Details, StringComparison.Ordinal);
        Assert.Contains("\"revoked\"", stop.Details, StringComparison.Ordinal);
        Assert.Null(await audit.VerifyAsync(CancellationToken.None).WithTimeout());

        // after 20:00 the municipal agent is refused, the national police agent plays the same path
        await using (var again = Client(rtsp, Municipal))
        {
            var refused = await Assert.ThrowsAsync<RtspClientException>(() => again.StartAsync(CancellationToken.None).WithTimeout());
            Assert.Equal(403, refused.Result.StatusCode);
        }

        await using var national = Client(rtsp, National);
        await national.StartAsync(CancellationToken.None).WithTimeout();
        feeder.Publish(feed, SyntheticFeeder.GopFrames);
        var frame = await national.Frames.ReadAsync().AsTask().WithTimeout();
        Assert.True(frame.Unit.IsKeyframe);
        Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: National, Action: AuditActions.LiveStart), CancellationToken.None).WithTimeout());
    }

    private static RtspClient Client(RtspServerService rtsp, string user) =>
        new(new RtspClientOptions { Url = new Uri(rtsp.BaseUri!, "cam1").ToString(), UserName = user, Password = StreamingTestHost.Password });

    private static async Task AddAgentAsync(StreamingTestHost host, string name, string schedule)
    {
        var users = host.Services.GetRequiredService<UserAdministration>();
        Assert.True(await users.AddUserAsync(StreamingTestHost.Admin, name, null, [], CancellationToken.None).WithTimeout());
        Assert.True(await users.SetPasswordAsync(StreamingTestHost.Admin, name, StreamingTestHost.Password, CancellationToken.None).WithTimeout());
        Assert.True(WeeklySchedule.TryParse(schedule, out var hours, out var error), error);
        await users.AddGrantAsync(StreamingTestHost.Admin, GrantSubject.User(name), GrantScope.AllCameras, Rights.Live, hours, CancellationToken.None).WithTimeout();
    }
}
