using Vms.Onvif.Client;
using Vms.Onvif.Security;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Client;

/// <summary>Starts fixture-set cameras and clients for the typed-client tests.</summary>
internal static class ClientFixture
{
    public static readonly OnvifCredentials Admin = new("admin", "Adm1n-pw");

    public static OnvifDevice Device(OnvifFixturePeer peer, HttpClient http, TimeProvider time, OnvifCredentials? credentials = null) =>
        new(peer.DeviceService, credentials ?? Admin, http, time);

    /// <summary>Makes the peer a Digest-only device: everything except the PRE_AUTH operations needs HTTP Digest
    /// (401 with challenges otherwise); a wsse:Security header is ignored.</summary>
    public static HttpDigestAuthenticator RequireDigest(OnvifFixturePeer peer, TimeProvider time)
    {
        var digest = new HttpDigestAuthenticator(new HttpDigestOptions(), time);
        var user = new OnvifUser(Admin.Username, Admin.Password, OnvifUserLevel.Administrator);
        peer.Gate = (request, key) =>
        {
            if (key is "tds.GetSystemDateAndTime" or "tds.GetServices" or "tds.GetCapabilities")
            {
                return null;
            }

            var result = digest.Verify(request.Header("Authorization"), request.Method, request.Target, n => n == user.Username ? user : null);
            return result.Succeeded
                ? null
                : new ScriptedHttpResponse(401, "Unauthorized", [.. digest.CreateChallenges(result.IsStale).Select(c => new KeyValuePair<string, string>("WWW-Authenticate", c))], []);
        };
        return digest;
    }
}
