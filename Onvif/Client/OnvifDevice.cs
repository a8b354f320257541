using Microsoft.Extensions.Logging;
using Vms.Onvif.Model.Device;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>
/// The entry point to one ONVIF device: the device service (information, clock, services, scopes, users, reboot)
/// and the typed clients of its other services (<see cref="GetMediaAsync"/>, <see cref="GetMasksAsync"/>,
/// <see cref="GetPtzAsync"/>). Every call takes a CancellationToken and is bounded by
/// <see cref="SoapClientOptions.Timeout"/>; failures are <see cref="OnvifException"/>s (faults, unreachable,
/// not ONVIF, feature not supported).
/// </summary>
public sealed partial class OnvifDevice
{
    private readonly TimeProvider _time;
    private OnvifServiceSet? _services;

    /// <param name="deviceServiceUri">The device service URL (<c>http://host/onvif/device_service</c>); a bare
    /// <c>http://host</c> gets the Core path.</param>
    public OnvifDevice(Uri deviceServiceUri, OnvifCredentials? credentials, HttpClient http, TimeProvider? time = null, SoapClientOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(deviceServiceUri);
        _time = time ?? TimeProvider.System;
        Soap = new SoapClient(http, WithDevicePath(deviceServiceUri), credentials, options, _time, loggerFactory?.CreateLogger<SoapClient>());
    }

    /// <summary>The shared transport (SOAP version, authentication and clock offset learnt for this device).</summary>
    public SoapClient Soap { get; }

    public Uri DeviceServiceUri => Soap.DeviceServiceUri;

    public Task<DeviceInformation> GetDeviceInformationAsync(CancellationToken cancellationToken) =>
        CallDeviceAsync<GetDeviceInformationResponse, DeviceInformation>(new GetDeviceInformation().ToXml(), r => r.Information, cancellationToken);

    /// <summary>The device's date/time settings and its clock offset (device UTC − local UTC), read anonymously.</summary>
    public async Task<DeviceClockReading> GetSystemDateAndTimeAsync(CancellationToken cancellationToken)
    {
        var before = _time.GetUtcNow();
        var response = await Soap.CallAsync<GetSystemDateAndTimeResponse>(DeviceServiceUri, new GetSystemDateAndTime().ToXml(), cancellationToken).ConfigureAwait(false);
        var after = _time.GetUtcNow();
        var settings = response.SystemDateAndTime;
        var deviceUtc = settings.UtcDateTime
            ?? (settings.LocalDateTime is { } local ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc)) : (DateTimeOffset?)null)
            ?? throw new OnvifProtocolException($"{DeviceServiceUri}: GetSystemDateAndTime carries no date and time");
        return new DeviceClockReading(settings, deviceUtc, deviceUtc - (before + ((after - before) / 2)));
    }

    /// <summary>
    /// Sets the device's UTC clock to this server's (Manual mode, keeping its time zone and daylight-saving flag), then
    /// re-learns the offset used for UsernameTokens. Returns the offset measured after setting it.
    /// </summary>
    public async Task<TimeSpan> SyncClockAsync(CancellationToken cancellationToken)
    {
        var current = await GetSystemDateAndTimeAsync(cancellationToken).ConfigureAwait(false);
        var request = new SetSystemDateAndTime(SetDateTimeType.Manual, current.Settings.DaylightSavings, current.Settings.TimeZone, _time.GetUtcNow());
        await CallDeviceAsync<SetSystemDateAndTimeResponse, SetSystemDateAndTimeResponse>(request.ToXml(), r => r, cancellationToken).ConfigureAwait(false);
        var deviceUtc = await Soap.SynchronizeClockAsync(cancellationToken).ConfigureAwait(false);
        return Soap.ClockOffset ?? deviceUtc - _time.GetUtcNow();
    }

    public async Task<string> SystemRebootAsync(CancellationToken cancellationToken) =>
        await CallDeviceAsync<SystemRebootResponse, string>(new SystemReboot().ToXml(), r => r.Message, cancellationToken).ConfigureAwait(false);

    private Task<TResult> CallDeviceAsync<TResponse, TResult>(System.Xml.Linq.XElement request, Func<TResponse, TResult> select, CancellationToken cancellationToken)
        where TResponse : Model.Common.IOnvifMessage<TResponse> =>
        CallAsync(DeviceServiceUri, request, select, cancellationToken);

    private async Task<TResult> CallAsync<TResponse, TResult>(Uri service, System.Xml.Linq.XElement request, Func<TResponse, TResult> select, CancellationToken cancellationToken)
        where TResponse : Model.Common.IOnvifMessage<TResponse> =>
        select(await Soap.CallAsync<TResponse>(service, request, cancellationToken).ConfigureAwait(false));

    private static Uri WithDevicePath(Uri uri) =>
        uri.AbsolutePath is "" or "/" ? new Uri(uri, "/onvif/device_service") : uri;
}
