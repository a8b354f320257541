using Microsoft.Extensions.Options;
using Vms.Host.Api;
using Vms.Host.Options;
using Vms.Host.Streaming;
using Vms.Simulators.Fleet;

namespace Vms.Host.Demo;

/// <summary>
/// <c>vms run --demo N</c>: starts the simulated cameras in this process before the camera supervisors (it is
/// registered before them), adopts them once every service has started, prints the banner, and stops the
/// cameras after the supervisors (hosted services stop in reverse order). Does nothing when
/// <see cref="DemoOptions.Cameras"/> is 0.
/// </summary>
internal sealed partial class DemoFleetService(
    IOptions<VmsOptions> options,
    TimeProvider time,
    ILoggerFactory loggers,
    DemoAdoption adoption,
    DemoAdministrator administrator,
    IServiceProvider services,
    ILogger<DemoFleetService> logger,
    DemoConsole? console = null) : IHostedLifecycleService, IAsyncDisposable
{
    private CameraFleet? _fleet;

    /// <summary>The running simulated cameras (null before start, without demo, or after stop).</summary>
    public CameraFleet? Fleet => _fleet;

    /// <summary>The cameras with the ids the VMS gave them (empty until the service has started).</summary>
    public IReadOnlyList<DemoCamera> Cameras { get; private set; } = [];

    /// <summary>The service user and password the banner shows (null password: an administrator password set before the demo).</summary>
    public (string User, string? Password) Administrator { get; private set; }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Demo.Cameras == 0)
        {
            return;
        }

        Administrator = await administrator.EnsurePasswordAsync(settings.Demo.AdminPassword, cancellationToken).ConfigureAwait(false);
        var plan = DemoFleetPlan.Build(settings, time, loggers);
        _fleet = await CameraFleet.StartAsync(plan, cancellationToken).ConfigureAwait(false);
        Cameras = [.. _fleet.Cameras.Select(c => new DemoCamera(c.Name, c.Kind.ToString().ToLowerInvariant(), c.DeviceServiceUri, null))];
        LogFleetStarted(_fleet.Cameras.Count, plan.DataFolder, plan.DiscoveryPort);
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (_fleet is null)
        {
            return;
        }

        var settings = options.Value;
        if (settings.Demo.Adopt)
        {
            Cameras = await adoption.AdoptAsync(_fleet, settings.Demo, cancellationToken).ConfigureAwait(false);
        }

        var rtsp = settings.Rtsp;
        var host = rtsp.BindAddress is "0.0.0.0" or "::" ? settings.Demo.Address : rtsp.BindAddress;
        var port = services.GetService<RtspServerService>()?.EndPoint?.Port ?? rtsp.Port;
        var banner = DemoBanner.Format(services.GetService<ApiServer>()?.BaseAddress, host, port, Cameras, time.GetUtcNow(), Administrator.User, Administrator.Password);
        if (console is not null)
        {
            await console.Out.WriteAsync(banner.AsMemory(), cancellationToken).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LogBanner(banner);
        }
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var fleet = Interlocked.Exchange(ref _fleet, null);
        if (fleet is not null)
        {
            await fleet.DisposeAsync().ConfigureAwait(false);
            LogFleetStopped(fleet.Cameras.Count);
        }
    }

    [LoggerMessage(EventId = 5900, Level = LogLevel.Information, Message = "Demo: {Count} simulated cameras started (state in {Folder}, WS-Discovery on UDP {DiscoveryPort})")]
    private partial void LogFleetStarted(int count, string folder, int discoveryPort);

    [LoggerMessage(EventId = 5901, Level = LogLevel.Information, Message = "Demo: {Count} simulated cameras stopped")]
    private partial void LogFleetStopped(int count);

    [LoggerMessage(EventId = 5902, Level = LogLevel.Information, Message = "{Banner}")]
    private partial void LogBanner(string banner);
}
