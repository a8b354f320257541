namespace Vms.Onvif.Security;

/// <summary>The outcome of checking an <c>Authorization: Digest</c> header.</summary>
public readonly record struct HttpDigestResult(OnvifUser? User, HttpDigestFailure Failure, string? Username)
{
    public bool Succeeded => Failure == HttpDigestFailure.None && User is not null;

    /// <summary>True when the client should retry with a fresh nonce (answer <c>stale=true</c>).</summary>
    public bool IsStale => Failure == HttpDigestFailure.StaleNonce;

    internal static HttpDigestResult Fail(HttpDigestFailure failure, string? username = null) => new(null, failure, username);
}
