using Microsoft.Extensions.Options;
using Vms.Onvif.Client;

namespace Vms.Host.Cameras;

/// <summary>Creates <see cref="OnvifDevice"/> clients over one shared HTTP connection pool, on the injected clock.</summary>
public sealed class CameraDevices : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly SoapClientOptions _soap;

    public CameraDevices(IOptions<CameraOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _loggers = loggers;
        _soap = new SoapClientOptions { Timeout = options.Value.SoapTimeout };
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.Value.SoapTimeout })
        {
            Timeout = Timeout.InfiniteTimeSpan, // each call is bounded by SoapClientOptions.Timeout on the injected clock
        };
    }

    public OnvifDevice Create(Uri deviceService, OnvifCredentials? credentials) =>
        new(deviceService, credentials, _http, _time, _soap, _loggers);

    public void Dispose() => _http.Dispose();
}
