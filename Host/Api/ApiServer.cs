using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Vms.Host.Options;

namespace Vms.Host.Api;

/// <summary>
/// The REST API on its own Kestrel listener, so that an application embedding Vms in a plain generic host
/// gets the API without being a web application itself. Endpoints resolve services from the embedding host.
/// </summary>
public sealed partial class ApiServer(IServiceProvider services, IOptions<VmsOptions> options, ILogger<ApiServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address the API listens on once started (port 0 resolved).</summary>
    public Uri? BaseAddress { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var http = options.Value.Http;
        if (!http.Enabled)
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(http.BindAddress), http.Port));
        builder.Services.AddProblemDetails();

        // a body or parameter that cannot be bound throws, so ApiErrorMiddleware answers it with the reason
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        _app = builder.Build();

        // handlers resolve the embedding host's services: declare them with [FromServices]
        _app.Use(async (context, next) =>
        {
            await using var scope = services.CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            await next(context).ConfigureAwait(false);
        });

        // inside the scope, so that the error answers resolve their services from a live scope
        _app.Use(new ApiErrorMiddleware(logger).InvokeAsync);
        ApiEndpoints.Map(_app, services);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        LogListening(BaseAddress);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "HTTP API listening on {Address}")]
    private partial void LogListening(Uri address);
}
