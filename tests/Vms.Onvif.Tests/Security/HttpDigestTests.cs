using Vms.Onvif.Security;
using Vms.TestSupport;

namespace Vms.Onvif.Tests.Security;

public sealed class HttpDigestTests
{
    private static readonly OnvifUser Operator = new("op", "s3cret", OnvifUserLevel.Operator);

    private static OnvifUser? Find(string name) => name == Operator.Username ? Operator : null;

    [Fact]
    public void Client_Rfc2617Example_ComputesTheRfcResponse()
    {
        var client = new HttpDigestClient("Mufasa", "Circle Of Life");
        Assert.True(client.TryAcceptChallenge(["Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""]));

        var header = client.CreateAuthorization("GET", "/dir/index.html", "0a4f113b");

        Assert.Contains("response=\"6629fae49393a05397450978507c4ef1\"", header, StringComparison.Ordinal);
        Assert.Contains("nc=00000001", header, StringComparison.Ordinal);
        Assert.Contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void Client_Rfc7616Examples_ComputeTheRfcResponses(string algorithm, string expected)
    {
        var client = new HttpDigestClient("Mufasa", "Circle of Life");
        Assert.True(client.TryAcceptChallenge([$"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm={algorithm}, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""]));

        var header = client.CreateAuthorization("GET", "/dir/index.html", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");

        Assert.Contains($"response=\"{expected}\"", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_SeveralChallengesInOneAndSeveralHeaders_PrefersSha256()
    {
        var client = new HttpDigestClient("u", "p");

        Assert.True(client.TryAcceptChallenge([
            "Basic realm=\"cam\", Digest realm=\"cam\", qop=\"auth\", algorithm=MD5, nonce=\"n1\"",
            "Digest realm=\"cam\", qop=\"auth\", algorithm=SHA-256, nonce=\"n2\", stale=false",
        ]));

        Assert.Equal(DigestAlgorithm.Sha256, client.Challenge!.Algorithm);
        Assert.Equal("n2", client.Challenge.Nonce);
    }

    [Fact]
    public void Client_OnlyBasicOrAuthIntOffered_HasNoUsableChallenge()
    {
        var client = new HttpDigestClient("u", "p");

        Assert.False(client.TryAcceptChallenge(["Basic realm=\"cam\""]));
        Assert.False(client.TryAcceptChallenge(["Digest realm=\"cam\", qop=\"auth-int\", nonce=\"n\""]));
        Assert.False(client.TryAcceptChallenge(["Digest realm=\"cam\", algorithm=SHA-512-256, nonce=\"n\""]));
    }

    [Fact]
    public void ParseAll_GarbageHeaders_NeverThrows()
    {
        var random = new Random(7);
        const string alphabet = "Digest realm=\"\\,= \tqop";
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            _ = HttpDigestClient.Select(HttpAuthChallenge.ParseAll([new string(chars)]));
            _ = DigestCredentials.Parse(new string(chars));
        }
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Sha256)]
    public void Server_ChallengeThenClientResponse_Authenticates(DigestAlgorithm algorithm)
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions { Algorithms = [algorithm] }, new ManualTimeProvider());
        var client = new HttpDigestClient("op", "s3cret");
        Assert.True(client.TryAcceptChallenge(server.CreateChallenges()));

        var result = server.Verify(client.CreateAuthorization("POST", "/onvif/device_service"), "POST", "/onvif/device_service", Find);

        Assert.True(result.Succeeded, result.Failure.ToString());
        Assert.Same(Operator, result.User);
    }

    [Fact]
    public void Server_BothAlgorithmsOffered_ChallengesCarryQopAndBoth()
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions { Realm = "SimCam" }, new ManualTimeProvider());

        var challenges = server.CreateChallenges();

        Assert.Equal(2, challenges.Count);
        Assert.All(challenges, c => Assert.Contains("qop=\"auth\"", c, StringComparison.Ordinal));
        Assert.Contains("algorithm=MD5", challenges[0], StringComparison.Ordinal);
        Assert.Contains("algorithm=SHA-256", challenges[1], StringComparison.Ordinal);
        Assert.Contains("realm=\"SimCam\"", challenges[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Server_WrongPassword_IsRefused()
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions(), new ManualTimeProvider());
        var client = new HttpDigestClient("op", "wrong");
        client.TryAcceptChallenge(server.CreateChallenges());

        Assert.Equal(HttpDigestFailure.WrongResponse, server.Verify(client.CreateAuthorization("POST", "/x"), "POST", "/x", Find).Failure);
    }

    [Fact]
    public void Server_SameNonceCountTwice_IsAReplay()
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions(), new ManualTimeProvider());
        var client = new HttpDigestClient("op", "s3cret");
        client.TryAcceptChallenge(server.CreateChallenges());
        var first = client.CreateAuthorization("POST", "/x");
        var second = client.CreateAuthorization("POST", "/x");
        var third = client.CreateAuthorization("POST", "/x");

        Assert.True(server.Verify(first, "POST", "/x", Find).Succeeded);
        Assert.True(server.Verify(third, "POST", "/x", Find).Succeeded);
        Assert.True(server.Verify(second, "POST", "/x", Find).Succeeded); // out of order but new
        Assert.Equal(HttpDigestFailure.Replayed, server.Verify(second, "POST", "/x", Find).Failure);
        Assert.Equal(HttpDigestFailure.Replayed, server.Verify(first, "POST", "/x", Find).Failure);
    }

    [Fact]
    public void Server_ExpiredNonce_IsStale()
    {
        var clock = new ManualTimeProvider();
        var server = new HttpDigestAuthenticator(new HttpDigestOptions { NonceLifetime = TimeSpan.FromMinutes(1) }, clock);
        var client = new HttpDigestClient("op", "s3cret");
        client.TryAcceptChallenge(server.CreateChallenges());

        clock.Advance(TimeSpan.FromMinutes(2));
        var result = server.Verify(client.CreateAuthorization("POST", "/x"), "POST", "/x", Find);

        Assert.True(result.IsStale);
        Assert.All(server.CreateChallenges(stale: true), c => Assert.Contains("stale=true", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Server_ForgedNonce_IsInvalid()
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions(), new ManualTimeProvider());
        var other = new HttpDigestAuthenticator(new HttpDigestOptions(), new ManualTimeProvider());
        var client = new HttpDigestClient("op", "s3cret");
        client.TryAcceptChallenge(other.CreateChallenges()); // nonce signed by another secret

        Assert.Equal(HttpDigestFailure.InvalidNonce, server.Verify(client.CreateAuthorization("POST", "/x"), "POST", "/x", Find).Failure);
    }

    [Fact]
    public void Server_DigestUriForAnotherPath_IsRefused()
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions(), new ManualTimeProvider());
        var client = new HttpDigestClient("op", "s3cret");
        client.TryAcceptChallenge(server.CreateChallenges());

        Assert.Equal(HttpDigestFailure.UriMismatch, server.Verify(client.CreateAuthorization("POST", "/other"), "POST", "/onvif/device_service", Find).Failure);
    }

    [Fact]
    public void Server_NoQop_IsRefused()
    {
        var server = new HttpDigestAuthenticator(new HttpDigestOptions(), new ManualTimeProvider());
        var nonce = HttpAuthChallenge.ParseAll(server.CreateChallenges())[0]["nonce"]!;
        var client = new HttpDigestClient("op", "s3cret");
        client.TryAcceptChallenge([$"Digest realm=\"ONVIF\", nonce=\"{nonce}\""]); // RFC 2069 form

        Assert.Equal(HttpDigestFailure.MissingQop, server.Verify(client.CreateAuthorization("POST", "/x"), "POST", "/x", Find).Failure);
    }
}
