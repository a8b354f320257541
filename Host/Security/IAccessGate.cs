using Vms.Rtsp.Auth;

namespace Vms.Host.Security;

/// <summary>
/// The one door every path goes through (REST API, CLI, RTSP): who is this, and may they do this now?
/// Authentication failures count towards the lockout and are audited; refusals of <see cref="CheckAsync"/>
/// are audited. Allowed accesses are audited by the caller when the access really happens
/// (<see cref="OpenLiveAsync"/> does it for live view).
/// </summary>
public interface IAccessGate
{
    /// <summary>The Digest realm the stored HA1 values are computed for; the RTSP server must use the same realm.</summary>
    string Realm { get; }

    /// <summary>Checks a login name and password (API token creation, CLI); locked or disabled accounts fail.</summary>
    Task<LoginResult> AuthenticatePasswordAsync(string user, string password, string? clientAddress, CancellationToken cancellationToken);

    /// <summary>The account of a valid, unrevoked, unexpired API token; null otherwise (the failure is audited).</summary>
    Task<UserAccount?> AuthenticateTokenAsync(string token, string? clientAddress, CancellationToken cancellationToken);

    /// <summary>
    /// RTSP Digest lookup (same signature as <see cref="DigestCredentialLookup"/>): the stored HA1 of an enabled,
    /// not locked-out account for <see cref="Realm"/>, else null (→ 401). Each lookup counts as an attempt until
    /// <see cref="CheckAsync"/> is called for that user (which only happens after the digest matched).
    /// </summary>
    ValueTask<DigestCredential?> LookupDigestAsync(string user, string realm, CancellationToken cancellationToken);

    /// <summary>
    /// May <see cref="AccessRequest.User"/> exercise the right on the camera at the instant or over the range?
    /// Live and PTZ: the right now (roles, grants, schedules). Playback and export: the right AND an open
    /// requisition naming the user, the camera and the whole range. Refusals are audited.
    /// </summary>
    Task<AccessDecision> CheckAsync(AccessRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a live view: checks <see cref="Rights.Live"/>, audits <c>live.start</c>, and returns a lease whose
    /// <see cref="LiveAccess.Revoked"/> token fires when the right ends (schedule hand-over, account disabled);
    /// the hand-over is audited. Disposing the lease audits <c>live.stop</c> with the duration. A refused
    /// request returns a lease with <see cref="LiveAccess.Decision"/> not allowed (nothing to dispose but harmless).
    /// </summary>
    Task<LiveAccess> OpenLiveAsync(string user, CameraRef camera, string? clientAddress, CancellationToken cancellationToken);
}
