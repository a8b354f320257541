using Vms.Onvif.Soap;

namespace Vms.Onvif.Client;

/// <summary>Per-device client behaviour.</summary>
public sealed record SoapClientOptions
{
    /// <summary>Time limit of one call, including authentication and version retries.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Re-learn the device clock offset after this long (and on every NotAuthorized fault).</summary>
    public TimeSpan ClockRefreshInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Limits applied to responses.</summary>
    public SoapReaderOptions Reader { get; init; } = SoapReaderOptions.Default;
}
