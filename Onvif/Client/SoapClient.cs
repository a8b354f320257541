using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Onvif.Security;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>
/// The SOAP transport to ONE device, shared by the typed service clients. It learns and remembers, per device:
/// the SOAP version (1.2, falling back to 1.1), the authentication that works (UsernameToken, HTTP Digest or
/// both) and the device clock offset used to stamp UsernameTokens. Faults become typed exceptions
/// (<see cref="OnvifFaultException.FromFault"/>), non-SOAP answers <see cref="OnvifProtocolException"/>, network
/// failures and timeouts <see cref="OnvifUnreachableException"/>.
/// </summary>
public sealed partial class SoapClient
{
    private readonly HttpClient _http;
    private readonly OnvifCredentials? _credentials;
    private readonly SoapClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpDigestClient? _digest;
    private readonly Lock _gate = new();
    private SoapVersion _version = SoapVersion.Soap12;
    private OnvifAuthModes? _authModes;
    private TimeSpan? _clockOffset;
    private DateTimeOffset _clockLearnedAt;

    /// <param name="http">Shared HttpClient (its own Timeout should be infinite or larger than the call timeout).</param>
    /// <param name="deviceServiceUri">The device service XAddr (<c>http://host/onvif/device_service</c>); credentials in it are ignored.</param>
    public SoapClient(HttpClient http, Uri deviceServiceUri, OnvifCredentials? credentials, SoapClientOptions? options = null, TimeProvider? time = null, ILogger<SoapClient>? logger = null)
    {
        _http = http;
        DeviceServiceUri = WithoutUserInfo(deviceServiceUri);
        _credentials = credentials;
        _options = options ?? new SoapClientOptions();
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _digest = credentials is null ? null : new HttpDigestClient(credentials.Username, credentials.Password);
    }

    public Uri DeviceServiceUri { get; }

    /// <summary>The SOAP version used for this device (1.1 once the device refused 1.2).</summary>
    public SoapVersion Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>The authentication learnt for this device; null before the first authenticated call.</summary>
    public OnvifAuthModes? AuthModes
    {
        get
        {
            lock (_gate)
            {
                return _authModes;
            }
        }
    }

    /// <summary>Device clock minus local clock, once learnt.</summary>
    public TimeSpan? ClockOffset
    {
        get
        {
            lock (_gate)
            {
                return _clockOffset;
            }
        }
    }

    /// <summary>Calls an operation on the device service.</summary>
    public Task<XElement> CallAsync(XElement body, string? action, CancellationToken cancellationToken) =>
        CallAsync(DeviceServiceUri, body, action, cancellationToken);

    /// <summary>
    /// Calls an operation on <paramref name="serviceUri"/> and returns the response body element (still attached to
    /// its envelope so QNames in text resolve).
    /// </summary>
    public Task<XElement> CallAsync(Uri serviceUri, XElement body, string? action, CancellationToken cancellationToken) =>
        CallAsync(serviceUri, body, action, [], TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// A call with extra SOAP header blocks (WS-Addressing for event subscriptions) whose time limit is the configured
    /// one plus <paramref name="extraTime"/> (a PullMessages long poll is held by the device for its Timeout).
    /// </summary>
    internal async Task<XElement> CallAsync(Uri serviceUri, XElement body, string? action, IReadOnlyList<XElement> headers, TimeSpan extraTime, CancellationToken cancellationToken)
    {
        var limit = _options.Timeout + extraTime;
        using var timeout = new CancellationTokenSource(limit, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await CallCoreAsync(WithoutUserInfo(serviceUri), body, action, allowToken: true, headers, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new OnvifUnreachableException($"{Describe(serviceUri)}: no answer within {limit.TotalSeconds:0.#} s", ex);
        }
    }

    /// <summary>Reads the device clock (anonymous <c>GetSystemDateAndTime</c>), remembers the offset and returns the device UTC time.</summary>
    public async Task<DateTimeOffset> SynchronizeClockAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await LearnClockAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new OnvifUnreachableException($"{Describe(DeviceServiceUri)}: no answer within {_options.Timeout.TotalSeconds:0.#} s", ex);
        }
    }

    private async Task<DateTimeOffset> LearnClockAsync(CancellationToken cancellationToken)
    {
        var before = _time.GetUtcNow();
        var response = await CallCoreAsync(DeviceServiceUri, DeviceClock.Request(), DeviceClock.Action, allowToken: false, [], cancellationToken).ConfigureAwait(false);
        var after = _time.GetUtcNow();
        var deviceUtc = DeviceClock.Parse(response)
            ?? throw new OnvifProtocolException($"{Describe(DeviceServiceUri)}: GetSystemDateAndTime response carries no readable date and time");
        var offset = deviceUtc - (before + ((after - before) / 2));
        lock (_gate)
        {
            _clockOffset = offset;
            _clockLearnedAt = after;
        }

        _logger.ClockLearned(DeviceServiceUri, offset);
        return deviceUtc;
    }

    private static Uri WithoutUserInfo(Uri uri) =>
        string.IsNullOrEmpty(uri.UserInfo) ? uri : new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri;

    private static string Describe(Uri uri) => uri.GetLeftPart(UriPartial.Path);
}
