using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Vms.Simulators.Faults;

namespace Vms.Simulators.Fleet;

/// <summary>
/// The fleet's fault control API, on 127.0.0.1 only:
/// <c>GET /cameras</c>, <c>GET /cameras/{name}</c>, <c>POST /cameras/{name}/faults/{fault}?duration=&amp;percent=&amp;offset=&amp;delay=&amp;seed=</c>,
/// <c>DELETE /cameras/{name}/faults</c>. Answers JSON (the camera's state, or <c>{"error": "..."}</c> with 400/404/405).
/// </summary>
internal sealed class FleetControlApi : IAsyncDisposable
{
    private static readonly string[] Parameters = ["duration", "percent", "offset", "delay", "seed"];

    private readonly WebApplication _app;
    private readonly CameraFleet _fleet;
    private readonly ILogger _logger;

    private FleetControlApi(WebApplication app, CameraFleet fleet)
    {
        _app = app;
        _fleet = fleet;
        _logger = fleet.Loggers.CreateLogger<FleetControlApi>();
    }

    public Uri Uri { get; private set; } = null!;

    public static async Task<FleetControlApi> StartAsync(CameraFleet fleet, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(fleet.Loggers);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = 64 * 1024;
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var api = new FleetControlApi(app, fleet);
        app.Run(api.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.Uri = new Uri($"http://127.0.0.1:{new Uri(bound).Port}/");
        return api;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var (status, write) = await RouteAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        FleetLog.ControlRequest(_logger, http.Request.Method, http.Request.Path.Value ?? "/", status);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        http.Response.ContentLength = buffer.Length;
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted).ConfigureAwait(false);
    }

    private async Task<(int Status, Action<Utf8JsonWriter> Write)> RouteAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var segments = (request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments[0] != "cameras" || segments.Length > 4)
        {
            return Error(StatusCodes.Status404NotFound, "not found: use /cameras, /cameras/{name}, /cameras/{name}/faults[/{fault}]");
        }

        if (segments.Length == 1)
        {
            return HttpMethods.IsGet(request.Method)
                ? (StatusCodes.Status200OK, w => FleetJson.WriteCameras(w, _fleet, withState: true))
                : Error(StatusCodes.Status405MethodNotAllowed, "GET /cameras only");
        }

        var name = Uri.UnescapeDataString(segments[1]);
        if (_fleet.Find(name) is not { } camera)
        {
            return Error(StatusCodes.Status404NotFound, $"no camera named '{FaultRequest.Clip(name)}'");
        }

        if (segments.Length == 2)
        {
            return HttpMethods.IsGet(request.Method) ? State(camera) : Error(StatusCodes.Status405MethodNotAllowed, "GET /cameras/{name} only");
        }

        if (segments[2] != "faults")
        {
            return Error(StatusCodes.Status404NotFound, "not found: /cameras/{name}/faults");
        }

        if (segments.Length == 3)
        {
            if (!HttpMethods.IsDelete(request.Method))
            {
                return Error(StatusCodes.Status405MethodNotAllowed, "DELETE /cameras/{name}/faults clears; POST /cameras/{name}/faults/{fault} injects");
            }

            await _fleet.Faults.ClearAsync(camera.Camera, cancellationToken).ConfigureAwait(false);
            return State(camera);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return Error(StatusCodes.Status405MethodNotAllowed, "POST /cameras/{name}/faults/{fault}");
        }

        if (!FaultNames.TryParse(segments[3], out var kind))
        {
            return Error(StatusCodes.Status400BadRequest, $"unknown fault '{FaultRequest.Clip(segments[3])}': one of {FaultNames.All}");
        }

        if (request.Query.Keys.FirstOrDefault(k => !Parameters.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            return Error(StatusCodes.Status400BadRequest, $"unknown parameter '{FaultRequest.Clip(unknown)}': one of {string.Join(", ", Parameters)}");
        }

        FaultRequest fault;
        try
        {
            fault = FaultRequest.FromParameters(kind, p => request.Query.TryGetValue(p, out var v) ? v.ToString() : null);
        }
        catch (FormatException ex)
        {
            return Error(StatusCodes.Status400BadRequest, ex.Message);
        }

        await _fleet.Faults.ApplyAsync(camera.Camera, fault, cancellationToken).ConfigureAwait(false);
        return State(camera);
    }

    private (int, Action<Utf8JsonWriter>) State(FleetCamera camera) =>
        (StatusCodes.Status200OK, w => FleetJson.WriteCamera(w, _fleet, camera, withState: true));

    private static (int, Action<Utf8JsonWriter>) Error(int status, string message) =>
        (status, w =>
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }
    );

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(grace.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
