using System.Net;
using Microsoft.Extensions.Options;
using Vms.Host.Options;
using Vms.Rtsp.Server;

namespace Vms.Host.Streaming;

/// <summary>The RTSP server on <c>Vms:Rtsp</c> (live and playback paths of <see cref="VmsPathResolver"/>) as a hosted service.</summary>
public sealed partial class RtspServerService(
    VmsPathResolver resolver,
    IRtspSecurityProvider security,
    IOptions<VmsOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<RtspServerService>();
    private RtspServer? _server;

    /// <summary>The bound endpoint once started (port 0 resolved).</summary>
    public IPEndPoint? EndPoint { get; private set; }

    /// <summary><c>rtsp://address:port/</c> once started (loopback when bound to every interface).</summary>
    public Uri? BaseUri { get; private set; }

    /// <summary>True when no authentication protects the server (no security provider registered).</summary>
    public bool IsOpen { get; private set; }

    /// <summary>The running server (tests), null when stopped.</summary>
    internal RtspServer? Server => _server;

    /// <summary>Sessions alive now (metrics).</summary>
    public int SessionCount => _server?.SessionCount ?? 0;

    /// <summary>Connections open now (metrics).</summary>
    public int ConnectionCount => _server?.ConnectionCount ?? 0;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var rtsp = options.Value.Rtsp;
        var serverOptions = new RtspServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Parse(rtsp.BindAddress), rtsp.Port)],
            MaxConnections = rtsp.MaxConnections,
            MaxSessions = rtsp.MaxConnections,
            SessionTimeout = rtsp.SessionTimeout,
            Realm = security.Realm,
        };
        var serverSecurity = security.CreateSecurity();
        IsOpen = serverSecurity is null;
        _server = new RtspServer(serverOptions, security.WrapResolver(resolver), serverSecurity, loggers, time);
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        EndPoint = (IPEndPoint)_server.EndPoints[0];
        var host = EndPoint.Address.Equals(IPAddress.Any) ? IPAddress.Loopback : EndPoint.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : EndPoint.Address;
        BaseUri = new Uri($"rtsp://{new IPEndPoint(host, EndPoint.Port)}/");
        LogListening(EndPoint, IsOpen);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { } server)
        {
            _server = null;
            await server.DisposeAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync(CancellationToken.None));

    [LoggerMessage(EventId = 5335, Level = LogLevel.Information, Message = "RTSP server listening on {EndPoint} (open to everyone: {Open})")]
    private partial void LogListening(IPEndPoint endPoint, bool open);
}
