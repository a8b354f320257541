using Vms.Rtsp.Auth;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Tests.Auth;

public class RtspClientAuthenticatorTests
{
    private const string Rfc7616Nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private const string Rfc7616Cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    private const string Rfc7616Opaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";

    [Fact]
    public void Authorize_Rfc7616ChallengesOfferingBoth_PicksSha256AndMatchesVector()
    {
        var unauthorized = Response401(
            $"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5, nonce=\"{Rfc7616Nonce}\", opaque=\"{Rfc7616Opaque}\"",
            $"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, nonce=\"{Rfc7616Nonce}\", opaque=\"{Rfc7616Opaque}\"");
        var client = new RtspClientAuthenticator("Mufasa", "Circle of Life", () => Rfc7616Cnonce);
        var request = new RtspRequest("GET", "/dir/index.html");

        Assert.True(client.TryAcceptChallenge(unauthorized));
        client.Authorize(request);

        Assert.True(AuthorizationHeader.TryParse(request.Headers["Authorization"], out var header));
        Assert.Equal("SHA-256", header.AlgorithmName);
        Assert.Equal("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", header.Response);
        Assert.Equal("00000001", header.NonceCount);
        Assert.Equal(Rfc7616Opaque, header.Opaque);
        Assert.Equal("auth", header.Qop);
    }

    [Fact]
    public void Authorize_Rfc2617Challenge_MatchesVector()
    {
        var unauthorized = Response401(
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
        var client = new RtspClientAuthenticator("Mufasa", "Circle Of Life", () => "0a4f113b");
        var request = new RtspRequest("GET", "/dir/index.html");

        Assert.True(client.TryAcceptChallenge(unauthorized));
        client.Authorize(request);

        Assert.True(AuthorizationHeader.TryParse(request.Headers["Authorization"], out var header));
        Assert.Equal("6629fae49393a05397450978507c4ef1", header.Response);
        Assert.Null(header.AlgorithmName);
    }

    [Fact]
    public void Authorize_SubsequentRequests_CountNcUp()
    {
        var client = new RtspClientAuthenticator("u", "p", () => "cn");
        Assert.True(client.TryAcceptChallenge(Response401("Digest realm=\"r\", nonce=\"n\", qop=\"auth\"")));

        var counts = Enumerable.Range(0, 3).Select(_ =>
        {
            var request = new RtspRequest(RtspMethod.GetParameter, "rtsp://cam/x");
            client.Authorize(request);
            Assert.True(AuthorizationHeader.TryParse(request.Headers["Authorization"], out var h));
            return h.NonceCount;
        }).ToList();

        Assert.Equal(["00000001", "00000002", "00000003"], counts);
    }

    [Fact]
    public void Authorize_NoQopChallenge_Rfc2069Response()
    {
        var client = new RtspClientAuthenticator("Mufasa", "Circle Of Life");
        Assert.True(client.TryAcceptChallenge(Response401("Digest realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"")));
        var request = new RtspRequest(RtspMethod.Describe, "rtsp://cam/x");

        client.Authorize(request);

        Assert.True(AuthorizationHeader.TryParse(request.Headers["Authorization"], out var header));
        Assert.Null(header.Qop);
        Assert.Null(header.NonceCount);
        Assert.Equal("39c471c69d67bb47c3244c0cdc859d92", header.Response);
    }

    [Fact]
    public void TryAcceptChallenge_OnlyBasic_FallsBackToBasic()
    {
        var client = new RtspClientAuthenticator("admin", "12:34");
        Assert.True(client.TryAcceptChallenge(Response401("Basic realm=\"cam\"", "Digest realm=\"cam\", nonce=\"n\", algorithm=SHA-512-256")));
        var request = new RtspRequest(RtspMethod.Options, "*");

        client.Authorize(request);

        Assert.Equal("Basic YWRtaW46MTI6MzQ=", request.Headers["Authorization"]);
    }

    [Fact]
    public void TryAcceptChallenge_SameNonceAgain_RefusedCredentials()
    {
        var client = new RtspClientAuthenticator("u", "wrong");
        var challenge = Response401("Digest realm=\"r\", nonce=\"n1\", qop=\"auth\"");

        Assert.True(client.TryAcceptChallenge(challenge));
        Assert.False(client.TryAcceptChallenge(challenge));
        Assert.True(client.TryAcceptChallenge(Response401("Digest realm=\"r\", nonce=\"n1\", qop=\"auth\", stale=true")));
        Assert.True(client.TryAcceptChallenge(Response401("Digest realm=\"r\", nonce=\"n2\", qop=\"auth\"")));
    }

    [Fact]
    public void TryAcceptChallenge_NothingSupported_False()
    {
        var client = new RtspClientAuthenticator("u", "p");
        var request = new RtspRequest(RtspMethod.Options, "*");

        Assert.False(client.TryAcceptChallenge(Response401("Negotiate", "Digest realm=\"r\", nonce=\"n\", qop=\"auth-conf\"")));
        client.Authorize(request);

        Assert.False(request.Headers.Contains("Authorization"));
    }

    [Fact]
    public void Authorize_UserHashChallenge_SendsHashedUserName()
    {
        var client = new RtspClientAuthenticator("Mufasa", "Circle of Life", () => "c");
        Assert.True(client.TryAcceptChallenge(Response401("Digest realm=\"http-auth@example.org\", nonce=\"n\", qop=\"auth\", algorithm=SHA-256, userhash=true")));
        var request = new RtspRequest(RtspMethod.Options, "*");

        client.Authorize(request);

        Assert.True(AuthorizationHeader.TryParse(request.Headers["Authorization"], out var header));
        Assert.True(header.UserHash);
        Assert.Equal("a947aad205e80e429958a387394944c6b496301e79f89d35a4cc23b6ee12b5b6", header.Username);
    }

    internal static RtspResponse Response401(params string[] challenges)
    {
        var response = new RtspResponse(RtspStatusCodes.Unauthorized);
        foreach (var challenge in challenges)
        {
            response.Headers.Add(RtspHeaderNames.WwwAuthenticate, challenge);
        }

        return response;
    }
}
