using System.Net;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Auth;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>Our RTSP server on 127.0.0.1 (TCP port 0, UDP pair 0) serving the clip live at <c>/live</c>.</summary>
internal sealed class LiveServerFixture : IAsyncDisposable, IRtspPathResolver
{
    private readonly ILoggerFactory _loggers;
    private ClipPublisher? _publisher;

    private LiveServerFixture(ITestOutputHelper output, RtspServerOptions? options, RtspServerSecurity? security)
    {
        _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
        Server = new RtspServer(
            (options ?? new RtspServerOptions()) with { EndPoints = [new IPEndPoint(Loopback.Address, 0)], UdpRtpPort = 0 },
            this,
            security,
            _loggers);
    }

    public RtspServer Server { get; }

    public RtspStream Stream => _publisher!.Stream;

    public int Port => ((IPEndPoint)Server.EndPoints[0]).Port;

    public string Url(string path = "live", string? userInfo = null) =>
        $"rtsp://{(userInfo is null ? string.Empty : userInfo + "@")}127.0.0.1:{Port}/{path}";

    public static async Task<LiveServerFixture> StartAsync(ITestOutputHelper output, RtspServerOptions? options = null, RtspServerSecurity? security = null, H264Clip? clip = null)
    {
        clip ??= await H264Clip.GetAsync();
        var fixture = new LiveServerFixture(output, options, security);
        var stream = new RtspStream([clip.Track], logger: fixture._loggers.CreateLogger<RtspStream>());
        fixture._publisher = new ClipPublisher(clip, stream);
        await fixture.Server.StartAsync(CancellationToken.None);
        return fixture;
    }

    public ValueTask<RtspMediaSource?> ResolveAsync(RtspPathRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<RtspMediaSource?>(request.Path == "live" ? _publisher!.Stream : null);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        _loggers.Dispose();
    }

    public static RtspServerSecurity DigestUsers(string user, string password) =>
        RtspServerSecurity.Digest((u, _, _) => ValueTask.FromResult(u == user ? DigestCredential.FromPassword(password) : null));
}
