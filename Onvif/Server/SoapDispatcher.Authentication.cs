using Vms.Onvif.Security;
using Vms.Onvif.Soap;

namespace Vms.Onvif.Server;

/// <summary>Core 5.12 authentication: HTTP Digest first, then WS-UsernameToken; PRE_AUTH operations run
/// anonymously and ignore credentials that do not verify (so a client with a wrong clock can still read the time).</summary>
public sealed partial class SoapDispatcher
{
    private AuthOutcome Authenticate(SoapHttpRequest request, SoapEnvelope envelope, OnvifAccessClass access)
    {
        var preAuth = access == OnvifAccessClass.PreAuth;
        var remote = request.RemoteEndPoint;
        OnvifUser? user = null;

        if (_digest is not null && request.Authorization is { } authorization &&
            authorization.TrimStart().StartsWith("Digest", StringComparison.OrdinalIgnoreCase))
        {
            var result = _digest.Verify(authorization, request.Method, request.Path, _options.FindUser);
            if (result.Succeeded)
            {
                user = result.User;
            }
            else if (!preAuth)
            {
                _logger.DigestFailed(result.Username, remote, result.Failure);
                return new AuthOutcome(null, Challenge(request, envelope.Version, result.IsStale));
            }
        }

        if (_usernameTokens is not null && envelope.Header(OnvifNamespaces.WsSecurity + "Security") is { } security)
        {
            var result = _usernameTokens.Validate(security, _options.FindUser);
            if (result.Succeeded)
            {
                user = result.User;
            }
            else if (!preAuth)
            {
                _logger.UsernameTokenFailed(result.Username, remote, result.Failure);
                return new AuthOutcome(null, Fault(request, envelope.Version, 400, SoapFault.Sender("Sender not authorized", OnvifErrorCodes.NotAuthorized)));
            }
        }

        if (user is not null)
        {
            return new AuthOutcome(user, null);
        }

        if (preAuth)
        {
            return new AuthOutcome(OnvifUser.Anonymous, null);
        }

        // No credentials: Digest-capable devices challenge; UsernameToken-only devices answer 400 + NotAuthorized.
        return _digest is not null
            ? new AuthOutcome(null, Challenge(request, envelope.Version, stale: false))
            : new AuthOutcome(null, Fault(request, envelope.Version, 400, SoapFault.Sender("Sender not authorized", OnvifErrorCodes.NotAuthorized)));
    }

    private SoapHttpResponse Challenge(SoapHttpRequest request, SoapVersion version, bool stale)
    {
        var headers = _digest!.CreateChallenges(stale).Select(c => new KeyValuePair<string, string>("WWW-Authenticate", c)).ToArray();
        return Fault(request, version, 401, SoapFault.Sender("Sender not authorized", OnvifErrorCodes.NotAuthorized), headers);
    }

    private readonly record struct AuthOutcome(OnvifUser? User, SoapHttpResponse? Response);
}
