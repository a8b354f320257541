using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vms.Host.Composition;
using Vms.Host.Data;
using Vms.Host.Options;
using Vms.Host.Security;
using Vms.Host.Security.Rtsp;
using Vms.Interop.Tests.Rtsp;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.EndToEnd.Tests.Security;

/// <summary>
/// ffprobe against our RTSP server with the site's users and rights plugged in (Digest lookup and authorizer from
/// the access gate): a wrong password gets 401, a user without the live right 403, a permitted user plays.
/// </summary>
#pragma warning disable CA1001 // disposed by IAsyncLifetime.DisposeAsync
public sealed class RtspAccessTests(ITestOutputHelper output) : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ILoggerFactory _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
    private string _folder = null!;
    private ServiceProvider _services = null!;
    private RtspServer _server = null!;
    private ClipPublisher _publisher = null!;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("vms-e2e-security-").FullName;
        var services = new ServiceCollection();
        services.AddSingleton(_loggers);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new VmsOptions { DataFolder = _folder }));
        services.AddSingleton(HostDatabaseOptions.ForSqliteFolder(_folder));
        services.AddSingleton<HostDatabase>();
        SecurityServices.Register(services);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<HostDatabase>().MigrateAsync(CancellationToken.None);
        var users = _services.GetRequiredService<UserAdministration>();
        foreach (var (name, role) in new[] { ("olivier", BuiltInRoles.Operator), ("ines", BuiltInRoles.Investigator) })
        {
            await users.AddUserAsync("admin", name, null, [role], CancellationToken.None);
            await users.SetPasswordAsync("admin", name, name + "-password", CancellationToken.None);
        }

        var gate = _services.GetRequiredService<IAccessGate>();
        var clip = await H264Clip.GetAsync();
        var stream = new RtspStream([clip.Track], logger: _loggers.CreateLogger<RtspStream>());
        _publisher = new ClipPublisher(clip, stream);
        var security = RtspServerSecurity.Digest(gate.LookupDigestAsync, new GateRtspAuthorizer(gate, path => path == "cam1" ? new CameraRef("cam1", null) : null));
        _server = new RtspServer(
            new RtspServerOptions { EndPoints = [new IPEndPoint(Loopback.Address, 0)], UdpRtpPort = 0, Realm = gate.Realm },
            new SingleStreamResolver(stream),
            security,
            _loggers);
        await _server.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _publisher.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        _loggers.Dispose();
    }

    private string Url(string user, string password) => $"rtsp://{user}:{password}@127.0.0.1:{((IPEndPoint)_server.EndPoints[0]).Port}/cam1";

    [RequiresToolsFact("ffprobe")]
    public async Task Ffprobe_WrongPassword_Sees401()
    {
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", Url("olivier", "wrong-password")], Limit);
        Assert.NotEqual(0, probe.ExitCode);
        Assert.Contains("401", probe.StandardError, StringComparison.Ordinal);
    }

    [RequiresToolsFact("ffprobe")]
    public async Task Ffprobe_UserWithoutTheLiveRight_Sees403()
    {
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", Url("ines", "ines-password")], Limit);
        Assert.NotEqual(0, probe.ExitCode);
        Assert.Contains("403", probe.StandardError, StringComparison.Ordinal);
    }

    [RequiresToolsFact("ffprobe")]
    public async Task Ffprobe_Operator_PlaysTheCamera()
    {
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", Url("olivier", "olivier-password")], Limit);
        Assert.True(probe.ExitCode == 0, probe.StandardError);
        Assert.Equal("h264,640,360", probe.StandardOutput.Trim());
    }

    private sealed class SingleStreamResolver(RtspStream stream) : IRtspPathResolver
    {
        public ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult<RtspMediaSource?>(request.Path == "cam1" ? stream : null);
    }
}
