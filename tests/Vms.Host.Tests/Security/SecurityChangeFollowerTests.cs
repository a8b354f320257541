using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Audit;
using Vms.Host.Cli;
using Vms.Host.Data;
using Vms.Host.Security;
using Vms.Host.Streaming;
using Vms.Host.Tests.Data;
using Vms.Host.Tests.Streaming;
using Vms.Rtsp.Client;
using Vms.TestSupport;

namespace Vms.Host.Tests.Security;

/// <summary>
/// <c>vms users disable</c> run by the CLI on the data folder of a running service: the agent's running live session
/// is closed at the next change poll (audited), and the agent's RTSP Digest and API token are refused at once.
/// </summary>
public sealed class SecurityChangeFollowerTests
{
    private const string Agent = "martine";

    [Fact]
    public async Task FollowAsync_CliDisablesAWatchingAgent_SessionClosedAuditedAndAccessRefused()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")), time: time);
        var users = host.Services.GetRequiredService<UserAdministration>();
        Assert.True(await users.AddUserAsync(StreamingTestHost.Admin, Agent, null, [BuiltInRoles.Operator], CancellationToken.None).WithTimeout());
        Assert.True(await users.SetPasswordAsync(StreamingTestHost.Admin, Agent, StreamingTestHost.Password, CancellationToken.None).WithTimeout());
        using var api = await host.HttpAsync(Agent);
        var rtsp = host.Services.GetRequiredService<RtspServerService>();
        var audit = host.Services.GetRequiredService<IAuditLog>();
        var feeder = new SyntheticFeeder(time, "cam1");
        await using var feed = feeder.Open(host.Ingest, "cam1");
        feeder.Publish(feed, SyntheticFeeder.GopFrames);

        await using var viewer = Client(rtsp);
        await viewer.StartAsync(CancellationToken.None).WithTimeout();
        Assert.True((await viewer.Frames.ReadAsync().AsTask().WithTimeout()).Unit.IsKeyframe);
        using (var me = await api.GetAsync("api/v1/auth/me"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, me.StatusCode);
        }

        // another process (the CLI) disables the agent in the database the service runs on
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["users", "disable", Agent, "--data", host.Data.FullName], new CommandConsole(stdout, stderr), CancellationToken.None).WithTimeout();
        Assert.True(code == 0, stderr.ToString());

        // token and Digest are read from the database at every request: refused before any poll
        using (var me = await api.GetAsync("api/v1/auth/me"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, me.StatusCode);
        }

        await using (var again = Client(rtsp))
        {
            var refused = await Assert.ThrowsAsync<RtspClientException>(() => again.StartAsync(CancellationToken.None).WithTimeout());
            Assert.Equal(401, refused.Result.StatusCode);
        }

        // the running session is closed at the next poll of the change versions
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        rtsp.Server!.SessionEnded += (_, reason) => ended.TrySetResult(reason);
        await ChangePolls.PollAsync(host.Services, time, HostChangeAreas.Security);
        var result = await viewer.Completion.WithTimeout();
        Assert.Equal(RtspClientStopReason.ServerClosed, result.Reason);
        var handOver = Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Agent, Action: AuditActions.LiveHandOver), CancellationToken.None).WithTimeout());
        Assert.Contains("disabled", handOver.Details, StringComparison.Ordinal);
        Assert.StartsWith("live right ended: ", await ended.Task.WithTimeout(), StringComparison.Ordinal);
        Assert.Single(await audit.QueryAsync(new AuditQuery(Actor: Agent, Action: AuditActions.LiveStop), CancellationToken.None).WithTimeout());
    }

    private static RtspClient Client(RtspServerService rtsp) =>
        new(new RtspClientOptions { Url = new Uri(rtsp.BaseUri!, "cam1").ToString(), UserName = Agent, Password = StreamingTestHost.Password });
}
