using Vms.Rtsp.Auth;
using Vms.Rtsp.Messages;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Auth;

public class DigestAuthenticatorTests
{
    private const string Realm = "Vms";
    private readonly ManualTimeProvider _time = new();

    [Theory]
    [InlineData(DigestAlgorithm.Sha256)]
    [InlineData(DigestAlgorithm.Md5)]
    public async Task AuthenticateAsync_ClientAnswersChallenge_Succeeds(DigestAlgorithm algorithm)
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm, Algorithms = [algorithm] });
        var client = new RtspClientAuthenticator("opérateur \"1\"", "p@ss:wörd\\");

        var result = await Roundtrip(server, client, new RtspRequest(RtspMethod.Describe, "rtsp://vms:8554/cam1"));

        Assert.Equal(AuthenticationOutcome.Success, result.Outcome);
        Assert.Equal("opérateur \"1\"", result.Username);
    }

    [Fact]
    public async Task AuthenticateAsync_WithoutHeader_MissingAndChallengesOfferSha256ThenMd5()
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm });
        var request = new RtspRequest(RtspMethod.Describe, "rtsp://vms/cam1");

        var result = await server.AuthenticateAsync(request, CancellationToken.None);
        var response = RtspResponse.For(request, RtspStatusCodes.Unauthorized);
        server.AddChallenges(response);

        Assert.Equal(AuthenticationOutcome.MissingCredentials, result.Outcome);
        var challenges = WwwAuthenticateHeader.ParseAll(response.Headers.GetValues("WWW-Authenticate"));
        Assert.Equal(["SHA-256", "MD5"], challenges.Select(c => c.AlgorithmName));
        Assert.All(challenges, c => Assert.Equal(["auth"], c.QopOptions));
        Assert.Equal(challenges[0].Nonce, challenges[1].Nonce);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongPassword_Invalid()
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm });

        var result = await Roundtrip(server, new RtspClientAuthenticator("opérateur \"1\"", "nope"), new RtspRequest(RtspMethod.Play, "rtsp://vms/cam1"));

        Assert.Equal(AuthenticationOutcome.InvalidCredentials, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownUser_UnknownUser()
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm });

        var result = await Roundtrip(server, new RtspClientAuthenticator("ghost", "x"), new RtspRequest(RtspMethod.Play, "rtsp://vms/cam1"));

        Assert.Equal(AuthenticationOutcome.UnknownUser, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NonceOlderThanLifetime_StaleThenClientRetriesSilently()
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm, NonceLifetime = TimeSpan.FromMinutes(5) });
        var client = new RtspClientAuthenticator("opérateur \"1\"", "p@ss:wörd\\");
        Assert.Equal(AuthenticationOutcome.Success, (await Roundtrip(server, client, new RtspRequest(RtspMethod.Describe, "rtsp://vms/c"))).Outcome);

        _time.Advance(TimeSpan.FromMinutes(4));
        var stillFresh = Authorized(client, RtspMethod.Setup, "rtsp://vms/c/trackID=0");
        Assert.Equal(AuthenticationOutcome.Success, (await server.AuthenticateAsync(stillFresh, CancellationToken.None)).Outcome);

        _time.Advance(TimeSpan.FromMinutes(2));
        var late = Authorized(client, RtspMethod.Play, "rtsp://vms/c");
        var result = await server.AuthenticateAsync(late, CancellationToken.None);
        Assert.True(result.IsStale);

        var response = RtspResponse.For(late, RtspStatusCodes.Unauthorized);
        server.AddChallenges(response, stale: result.IsStale);
        Assert.True(client.TryAcceptChallenge(response));
        var retry = Authorized(client, RtspMethod.Play, "rtsp://vms/c");
        Assert.Equal(AuthenticationOutcome.Success, (await server.AuthenticateAsync(retry, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NonceFromAnotherSecret_Invalid()
    {
        var other = Server(new DigestAuthenticatorOptions { Realm = Realm, Secret = [1, 2, 3] });
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm, Secret = [4, 5, 6] });
        var client = new RtspClientAuthenticator("opérateur \"1\"", "p@ss:wörd\\");
        var response = new RtspResponse(RtspStatusCodes.Unauthorized);
        other.AddChallenges(response);
        Assert.True(client.TryAcceptChallenge(response));

        var result = await server.AuthenticateAsync(Authorized(client, RtspMethod.Describe, "rtsp://vms/c"), CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.InvalidCredentials, result.Outcome);
        Assert.Contains("nonce", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_UriOfAnotherResource_Invalid()
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm });
        var client = new RtspClientAuthenticator("opérateur \"1\"", "p@ss:wörd\\");
        await Roundtrip(server, client, new RtspRequest(RtspMethod.Options, "rtsp://vms/c"));
        var signedForA = Authorized(client, RtspMethod.Describe, "rtsp://vms/a");
        var replayedOnB = new RtspRequest(RtspMethod.Describe, "rtsp://vms/b");
        replayedOnB.Headers.Add("Authorization", signedForA.Headers["Authorization"]!);

        var result = await server.AuthenticateAsync(replayedOnB, CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.InvalidCredentials, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_PrecomputedHa1_Succeeds()
    {
        var ha1 = new Dictionary<DigestAlgorithm, string>
        {
            [DigestAlgorithm.Sha256] = DigestCalculator.ComputeHa1(DigestAlgorithm.Sha256, "viewer", Realm, "s3cret"),
        };
        var server = new DigestAuthenticator(
            new DigestAuthenticatorOptions { Realm = Realm },
            (user, _, _) => ValueTask.FromResult(user == "viewer" ? DigestCredential.FromHa1(ha1) : null),
            _time);

        var ok = await Roundtrip(server, new RtspClientAuthenticator("viewer", "s3cret"), new RtspRequest(RtspMethod.Describe, "rtsp://vms/c"));
        var bad = await Roundtrip(server, new RtspClientAuthenticator("viewer", "S3cret"), new RtspRequest(RtspMethod.Describe, "rtsp://vms/c"));

        Assert.Equal(AuthenticationOutcome.Success, ok.Outcome);
        Assert.Equal(AuthenticationOutcome.InvalidCredentials, bad.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_Basic_OnlyWhenAllowed()
    {
        var request = new RtspRequest(RtspMethod.Describe, "rtsp://vms/c");
        request.Headers.Add("Authorization", AuthorizationHeader.Basic("opérateur \"1\"", "p@ss:wörd\\").Format());

        var refused = await Server(new DigestAuthenticatorOptions { Realm = Realm }).AuthenticateAsync(request, CancellationToken.None);
        var accepted = await Server(new DigestAuthenticatorOptions { Realm = Realm, AllowBasic = true }).AuthenticateAsync(request, CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.UnsupportedScheme, refused.Outcome);
        Assert.Equal(AuthenticationOutcome.Success, accepted.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgorithmNotOffered_Unsupported()
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm, Algorithms = [DigestAlgorithm.Sha256] });
        var request = new RtspRequest(RtspMethod.Describe, "rtsp://vms/c");
        var nonce = server.CreateChallenges()[0].Nonce!;
        var response = DigestCalculator.ComputeResponse(DigestAlgorithm.Md5, "opérateur \"1\"", Realm, "p@ss:wörd\\", request.Method, request.Uri, nonce, "00000001", "c", "auth");
        request.Headers.Add("Authorization", AuthorizationHeader.Digest("opérateur \"1\"", Realm, nonce, request.Uri, response, DigestAlgorithm.Md5, "auth", 1, "c").Format());

        var result = await server.AuthenticateAsync(request, CancellationToken.None);

        Assert.Equal(AuthenticationOutcome.UnsupportedScheme, result.Outcome);
    }

    [Theory]
    [InlineData("Digest username=\"x\"")]
    [InlineData("Digest garbage \"")]
    [InlineData("Bearer abc")]
    public async Task AuthenticateAsync_BadHeaders_TypedFailure(string header)
    {
        var server = Server(new DigestAuthenticatorOptions { Realm = Realm });
        var request = new RtspRequest(RtspMethod.Describe, "rtsp://vms/c");
        request.Headers.Add("Authorization", header);

        var result = await server.AuthenticateAsync(request, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Outcome, new[] { AuthenticationOutcome.Malformed, AuthenticationOutcome.UnsupportedScheme });
    }

    private DigestAuthenticator Server(DigestAuthenticatorOptions options) =>
        new(options, (user, realm, _) => ValueTask.FromResult(
            user == "opérateur \"1\"" && realm == Realm ? DigestCredential.FromPassword("p@ss:wörd\\") : null), _time);

    private static async Task<AuthenticationResult> Roundtrip(DigestAuthenticator server, RtspClientAuthenticator client, RtspRequest request)
    {
        var first = await server.AuthenticateAsync(request, CancellationToken.None);
        Assert.Equal(AuthenticationOutcome.MissingCredentials, first.Outcome);
        var response = RtspResponse.For(request, RtspStatusCodes.Unauthorized);
        server.AddChallenges(response);
        Assert.True(client.TryAcceptChallenge(response));
        client.Authorize(request);
        return await server.AuthenticateAsync(request, CancellationToken.None);
    }

    private static RtspRequest Authorized(RtspClientAuthenticator client, string method, string uri)
    {
        var request = new RtspRequest(method, uri);
        client.Authorize(request);
        return request;
    }
}
