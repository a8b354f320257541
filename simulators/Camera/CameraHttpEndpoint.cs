using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Vms.Onvif.Server;

namespace Vms.Simulators.Camera;

/// <summary>
/// The camera's ONVIF HTTP endpoint: Kestrel bound to the camera's own address, every <c>POST /onvif/*</c>
/// handed to the <see cref="SoapDispatcher"/> (the path only selects nothing: dispatch is on the body element),
/// <c>GET /snapshot/{main|sub}</c> to <see cref="CameraSnapshot"/>, anything else 404. Applies the "slow SOAP answers" fault before dispatching.
/// </summary>
internal sealed class CameraHttpEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatedCamera _camera;

    private CameraHttpEndpoint(WebApplication app, SimulatedCamera camera)
    {
        _app = app;
        _camera = camera;
    }

    public int Port { get; private set; }

    public static async Task<CameraHttpEndpoint> StartAsync(SimulatedCamera camera, IPAddress address, int port, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggers);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(address, port);
            k.Limits.MaxRequestBodySize = 1024 * 1024;
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var endpoint = new CameraHttpEndpoint(app, camera);
        app.Run(endpoint.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        endpoint.Port = new Uri(bound).Port;
        return endpoint;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (CameraSnapshot.Matches(request.Path))
        {
            await _camera.Snapshots.HandleAsync(http).ConfigureAwait(false);
            return;
        }

        if (!request.Path.StartsWithSegments("/onvif", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var delay = _camera.SoapDelay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _camera.Options.TimeProvider, http.RequestAborted).ConfigureAwait(false);
        }

        var connection = http.Connection;
        var soap = new SoapHttpRequest
        {
            Method = request.Method,
            Path = request.Path.Value + request.QueryString.Value,
            ContentType = request.ContentType,
            Authorization = request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            SoapAction = request.Headers["SOAPAction"].ToString() is { Length: > 0 } s ? s : null,
            Host = request.Host.HasValue ? request.Host.Value : null,
            BodyStream = request.Body,
            RemoteEndPoint = connection.RemoteIpAddress is { } remote ? new IPEndPoint(remote, connection.RemotePort) : null,
            LocalEndPoint = connection.LocalIpAddress is { } local ? new IPEndPoint(local, connection.LocalPort) : null,
        };
        var response = await _camera.Dispatcher.DispatchAsync(soap, http.RequestAborted).ConfigureAwait(false);
        http.Response.StatusCode = response.StatusCode;
        foreach (var header in response.Headers)
        {
            http.Response.Headers.Append(header.Key, header.Value);
        }

        if (response.ContentType is { } contentType)
        {
            http.Response.ContentType = contentType;
        }

        http.Response.ContentLength = response.Body.Length;
        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(grace.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
