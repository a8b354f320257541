namespace Vms.Rtsp.Auth;

/// <summary>The outcome of authenticating one request, the user name when known, and why (for logs and audit).</summary>
public sealed record AuthenticationResult(AuthenticationOutcome Outcome, string? Username, string Detail)
{
    public bool Succeeded => Outcome == AuthenticationOutcome.Success;

    /// <summary>True when the 401 should carry <c>stale=true</c>.</summary>
    public bool IsStale => Outcome == AuthenticationOutcome.StaleNonce;
}
