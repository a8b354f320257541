using System.Net;
using Microsoft.Extensions.Options;
using Vms.Host.Cameras.Registry;
using Vms.Onvif.Client;
using Vms.Onvif.Discovery;

namespace Vms.Host.Cameras.Adoption;

/// <summary>
/// Discovery as a service: a probe on demand (multicast on the configured interfaces), the results kept with which
/// devices are already adopted, manual adoption of one result, and automatic adoption of every new device with the
/// configured credential list tried in order.
/// </summary>
public sealed partial class CameraDiscovery(
    CameraRegistry registry,
    CameraAdoption adoption,
    IOptions<CameraOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IDisposable
{
    private readonly SemaphoreSlim _probeGate = new(1, 1);
    private readonly ILogger _logger = loggers.CreateLogger<CameraDiscovery>();
    private DiscoveryResults _results = DiscoveryResults.None;

    public DiscoveryResults Results => Volatile.Read(ref _results);

    /// <summary>Probes once (concurrent callers wait for the running probe), then adopts new devices when configured to.</summary>
    public async Task<DiscoveryResults> ProbeAsync(bool? autoAdopt, CancellationToken cancellationToken)
    {
        var settings = options.Value.Discovery;
        await _probeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var interfaces = settings.Interfaces.Select(IPAddress.Parse).ToArray();
            var client = new DiscoveryClient(
                new DiscoveryClientOptions
                {
                    Port = settings.Port,
                    InterfaceAddresses = interfaces,
                    IncludeLoopback = interfaces.Length == 0 || interfaces.Any(IPAddress.IsLoopback),
                    ProbeTimeout = settings.ProbeTimeout,
                },
                time,
                loggers.CreateLogger<DiscoveryClient>());
            var found = await client.ProbeAsync(null, null, cancellationToken).ConfigureAwait(false);
            var adopted = await registry.ListRecordsAsync(cancellationToken).ConfigureAwait(false);
            var entries = found.Select(d => ToEntry(d, adopted)).OrderBy(e => e.Address, StringComparer.Ordinal).ToList();
            Volatile.Write(ref _results, new DiscoveryResults(time.GetUtcNow(), entries));
            var fresh = entries.Count(e => e.AdoptedAs is null);
            LogProbed(_logger, entries.Count, fresh);
        }
        finally
        {
            _probeGate.Release();
        }

        if (autoAdopt ?? settings.AutoAdopt)
        {
            var credentials = settings.Credentials.Select(c => new OnvifCredentials(c.Username, c.Password)).ToList();
            foreach (var entry in Results.Devices.Where(e => e.AdoptedAs is null && e.DeviceService is not null))
            {
                await TryAdoptAsync(entry, new CameraAdoptionRequest { DeviceService = entry.DeviceService!, Credentials = credentials }, cancellationToken).ConfigureAwait(false);
            }
        }

        return Results;
    }

    /// <summary>
    /// Adopts one device of the last results. <paramref name="request"/>'s DeviceService is replaced by the device's; its
    /// credentials, when empty, are the configured list. Throws <see cref="CameraNotFoundException"/> for an unknown endpoint.
    /// </summary>
    public async Task<CameraRecord> AdoptAsync(string endpointAddress, CameraAdoptionRequest? request, CancellationToken cancellationToken)
    {
        var entry = Results.Devices.FirstOrDefault(e => string.Equals(e.EndpointAddress, endpointAddress, StringComparison.OrdinalIgnoreCase))
            ?? throw new CameraNotFoundException($"no discovered device '{endpointAddress}' (probe first)");
        var deviceService = entry.DeviceService ?? throw new CameraAdoptionException($"{endpointAddress} announced no usable device service address");
        var credentials = request?.Credentials is { Count: > 0 } given
            ? given
            : [.. options.Value.Discovery.Credentials.Select(c => new OnvifCredentials(c.Username, c.Password))];
        var full = (request ?? new CameraAdoptionRequest { DeviceService = deviceService }) with
        {
            DeviceService = deviceService,
            Credentials = credentials,
            EndpointAddress = entry.EndpointAddress,
            Name = request?.Name ?? entry.Name,
            Location = request?.Location ?? entry.Location,
        };
        var record = await adoption.AdoptAsync(full, cancellationToken).ConfigureAwait(false);
        Mark(entry.EndpointAddress, record.Id, null);
        return record;
    }

    public void Dispose() => _probeGate.Dispose();

    private async Task TryAdoptAsync(DiscoveredCameraEntry entry, CameraAdoptionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await AdoptAsync(entry.EndpointAddress, request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CameraAdoptionException or CameraConflictException or CameraValidationException)
        {
            // one device that refuses must not stop the others: the reason is kept in the results
            Mark(entry.EndpointAddress, null, ex.Message);
            LogAutoAdoptFailed(_logger, entry.EndpointAddress, ex.Message);
        }
    }

    private void Mark(string endpointAddress, string? cameraId, string? error)
    {
        var current = Results;
        var devices = current.Devices.Select(e => string.Equals(e.EndpointAddress, endpointAddress, StringComparison.OrdinalIgnoreCase)
            ? e with { AdoptedAs = cameraId ?? e.AdoptedAs, AdoptionError = error }
            : e).ToList();
        Volatile.Write(ref _results, current with { Devices = devices });
    }

    private static DiscoveredCameraEntry ToEntry(DiscoveredDevice device, IReadOnlyList<CameraRecord> adopted)
    {
        var info = device.Info;
        var xaddr = device.XAddrs.Select(x => Uri.TryCreate(x, UriKind.Absolute, out var u) ? u : null).FirstOrDefault(u => u is not null && u.Scheme is "http" or "https");
        var address = device.Responders.Count > 0 ? device.Responders[0].Address.ToString() : xaddr?.Host ?? string.Empty;
        var camera = adopted.FirstOrDefault(r =>
            (r.EndpointAddress is not null && string.Equals(r.EndpointAddress, device.EndpointAddress, StringComparison.OrdinalIgnoreCase))
            || (xaddr is not null && string.Equals(r.DeviceService.AbsoluteUri, xaddr.AbsoluteUri, StringComparison.OrdinalIgnoreCase)));
        return new DiscoveredCameraEntry(device.EndpointAddress, info.Name, info.Hardware, info.Locations.Count > 0 ? info.Locations[0] : null, address, xaddr, device.Scopes, camera?.Id, null);
    }

    [LoggerMessage(EventId = 5220, Level = LogLevel.Information, Message = "Discovery found {Count} devices, {New} not adopted")]
    private static partial void LogProbed(ILogger logger, int count, int @new);

    [LoggerMessage(EventId = 5221, Level = LogLevel.Warning, Message = "Automatic adoption of {EndpointAddress} failed: {Reason}")]
    private static partial void LogAutoAdoptFailed(ILogger logger, string endpointAddress, string reason);
}
