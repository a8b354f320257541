namespace Vms.Rtsp.Server;

/// <summary>
/// Decides whether an authenticated user may perform an action on a path (the Host applies its rights
/// and audits the access here). False → 403 Forbidden. Called before the path is resolved.
/// </summary>
public interface IRtspAuthorizer
{
    ValueTask<bool> AuthorizeAsync(RtspPathRequest request, CancellationToken cancellationToken);
}
