using Vms.Onvif.Security;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Server;

/// <summary>How a simulated device authenticates and which SOAP versions it speaks.</summary>
public sealed record SoapDispatcherOptions
{
    /// <summary>Looks a user up by name (null: unknown). Called for every authenticated request.</summary>
    public required Func<string, OnvifUser?> FindUser { get; init; }

    /// <summary>Answer unauthenticated requests with a 401 Digest challenge and accept Digest credentials.</summary>
    public bool EnableDigest { get; init; } = true;

    public HttpDigestOptions Digest { get; init; } = new();

    /// <summary>Accept WS-Security UsernameTokens (when off, a <c>wsse:Security</c> header is ignored).</summary>
    public bool EnableUsernameToken { get; init; } = true;

    public UsernameTokenOptions UsernameToken { get; init; } = new();

    public bool AcceptSoap12 { get; init; } = true;

    /// <summary>Also answer SOAP 1.1 (<c>text/xml</c>) clients in SOAP 1.1.</summary>
    public bool AcceptSoap11 { get; init; } = true;

    public SoapReaderOptions Reader { get; init; } = SoapReaderOptions.Default;

    /// <summary>Which levels may call which access class (default: ONVIF Core's table).</summary>
    public Func<OnvifUserLevel, OnvifAccessClass, bool> IsAllowed { get; init; } = OnvifAccessPolicy.IsAllowed;
}
