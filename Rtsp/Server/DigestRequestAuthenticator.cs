using Vms.Rtsp.Auth;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

/// <summary>Adapts the Auth layer's <see cref="DigestAuthenticator"/> to the connection: success → user name, else a 401 with fresh challenges.</summary>
internal sealed class DigestRequestAuthenticator(DigestAuthenticator authenticator, ServerContext context) : IRequestAuthenticator
{
    public async ValueTask<(string? User, RtspResponse? Challenge)> AuthenticateAsync(RtspRequest request, CancellationToken cancellationToken)
    {
        var result = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return (result.Username, null);
        }

        if (result.Outcome != AuthenticationOutcome.MissingCredentials)
        {
            ServerLog.CredentialsRejected(context.Logger, request.Method, result.Username ?? string.Empty, result.Outcome, result.Detail);
        }

        var challenge = RtspResponse.For(request, RtspStatusCodes.Unauthorized);
        authenticator.AddChallenges(challenge, stale: result.IsStale);
        return (null, challenge);
    }
}
