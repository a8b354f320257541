using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>Checks a request's credentials (adapter over the Auth layer), one instance per connection.</summary>
internal interface IRequestAuthenticator
{
    /// <summary>The authenticated user, or null with the 401 response to send.</summary>
    ValueTask<(string? User, RtspResponse? Challenge)> AuthenticateAsync(RtspRequest request, CancellationToken cancellationToken);
}
