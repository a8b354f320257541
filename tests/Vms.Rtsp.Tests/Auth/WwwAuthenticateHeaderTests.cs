using Vms.Rtsp.Auth;

namespace Vms.Rtsp.Tests.Auth;

public class WwwAuthenticateHeaderTests
{
    [Fact]
    public void TryParse_Rfc7616Challenge_ReadsEveryParameter()
    {
        const string text = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, " +
            "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";

        Assert.True(WwwAuthenticateHeader.TryParse(text, out var challenges));

        var c = Assert.Single(challenges);
        Assert.True(c.IsDigest);
        Assert.Equal("http-auth@example.org", c.Realm);
        Assert.Equal(["auth", "auth-int"], c.QopOptions);
        Assert.True(c.TryGetAlgorithm(out var algorithm));
        Assert.Equal(DigestAlgorithm.Sha256, algorithm);
        Assert.Equal("7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", c.Nonce);
        Assert.Equal("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", c.Opaque);
        Assert.False(c.Stale);
    }

    [Fact]
    public void TryParse_SeveralChallengesOnOneLine_SplitBySchemes()
    {
        const string text = "Digest realm=\"cam\", nonce=\"a,b\", algorithm=MD5-sess, stale=TRUE, Basic realm=\"cam\", Negotiate, Bearer abc.def==";

        Assert.True(WwwAuthenticateHeader.TryParse(text, out var challenges));

        Assert.Equal(4, challenges.Count);
        Assert.Equal("a,b", challenges[0].Nonce);
        Assert.True(challenges[0].Stale);
        Assert.True(challenges[0].TryGetAlgorithm(out var algorithm));
        Assert.Equal(DigestAlgorithm.Md5Sess, algorithm);
        Assert.True(challenges[1].IsBasic);
        Assert.Equal("cam", challenges[1].Realm);
        Assert.Equal("Negotiate", challenges[2].Scheme);
        Assert.Equal("abc.def==", challenges[3].Token68);
    }

    [Fact]
    public void ParseAll_SeveralLinesAndUnknownAlgorithm_KeepsAllReadable()
    {
        var challenges = WwwAuthenticateHeader.ParseAll(
            ["Digest realm=\"r\", nonce=\"n1\", algorithm=SHA-512-256", "garbage \"", "Digest realm = \"r\" , nonce = n2"]);

        Assert.Equal(2, challenges.Count);
        Assert.False(challenges[0].TryGetAlgorithm(out _));
        Assert.Equal("n2", challenges[1].Nonce);
        Assert.True(challenges[1].TryGetAlgorithm(out var md5));
        Assert.Equal(DigestAlgorithm.Md5, md5);
    }

    [Fact]
    public void Format_DigestChallenge_QuotesAsRfc7616()
    {
        var challenge = AuthenticationChallenge.Digest("Vms \"A\"", "n0nce", DigestAlgorithm.Sha256, "auth", "op", stale: true);

        Assert.Equal("Digest realm=\"Vms \\\"A\\\"\", nonce=\"n0nce\", algorithm=SHA-256, qop=\"auth\", opaque=\"op\", stale=true", challenge.Format());
        Assert.True(WwwAuthenticateHeader.TryParse(challenge.Format(), out var parsed));
        Assert.Equal(challenge, Assert.Single(parsed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("realm=\"x\"")]
    [InlineData("Digest realm=\"unterminated")]
    [InlineData("Digest realm=\"a\"b\"")]
    [InlineData("Digest realm=a b")]
    public void TryParse_Invalid_False(string text) => Assert.False(WwwAuthenticateHeader.TryParse(text, out _));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FormatThenParse_RandomChallenges_IsIdentity(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 100; i++)
        {
            var challenges = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(3) == 0
                ? AuthenticationChallenge.Basic(AuthTestText.Random(random))
                : AuthenticationChallenge.Digest(
                    AuthTestText.Random(random), AuthTestText.Random(random), (DigestAlgorithm)random.Next(4),
                    random.Next(2) == 0 ? "auth" : null, random.Next(2) == 0 ? AuthTestText.Random(random) : null, random.Next(2) == 0)).ToList();
            var text = WwwAuthenticateHeader.Format(challenges);

            Assert.True(WwwAuthenticateHeader.TryParse(text, out var parsed), text);

            Assert.Equal(challenges, parsed);
        }
    }
}
