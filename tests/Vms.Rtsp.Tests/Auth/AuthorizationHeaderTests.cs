using Vms.Rtsp.Auth;

namespace Vms.Rtsp.Tests.Auth;

public class AuthorizationHeaderTests
{
    [Fact]
    public void TryParse_Rfc7616Authorization_ReadsEveryParameter()
    {
        const string text = "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\", algorithm=SHA-256, " +
            "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", nc=00000001, cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", " +
            "qop=auth, response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";

        Assert.True(AuthorizationHeader.TryParse(text, out var header));

        Assert.True(header.IsDigest);
        Assert.Equal("Mufasa", header.Username);
        Assert.Equal("/dir/index.html", header.Uri);
        Assert.Equal("SHA-256", header.AlgorithmName);
        Assert.Equal("00000001", header.NonceCount);
        Assert.Equal("auth", header.Qop);
        Assert.Equal("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", header.Response);
        Assert.Equal(text, header.Format());
    }

    [Theory]
    [InlineData("a\"b")]
    [InlineData("back\\slash")]
    [InlineData("user:with@colon")]
    [InlineData("Jäsøn Doe 日本")]
    [InlineData("\\\"")]
    public void DigestFormat_SpecialUserNames_RoundTrip(string username)
    {
        var header = AuthorizationHeader.Digest(username, "realm, \"x\"", "n", "rtsp://cam/a?b=c,d", "00ff", DigestAlgorithm.Sha256, "auth", 3, "c\"n");

        Assert.True(AuthorizationHeader.TryParse(header.Format(), out var parsed), header.Format());

        Assert.Equal(username, parsed.Username);
        Assert.Equal("realm, \"x\"", parsed.Realm);
        Assert.Equal("rtsp://cam/a?b=c,d", parsed.Uri);
        Assert.Equal("00000003", parsed.NonceCount);
        Assert.Equal("c\"n", parsed.Cnonce);
        Assert.Equal(header, parsed);
    }

    [Fact]
    public void TryParse_ExtendedUserName_Decoded()
    {
        Assert.True(AuthorizationHeader.TryParse("Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, realm=\"r\", nonce=\"n\", uri=\"/\", response=\"x\"", out var header));

        Assert.Equal("Jäsøn Doe", header.Username);
    }

    [Theory]
    [InlineData("admin", "pass:word@1")]
    [InlineData("opérateur", "mot de passe \"é\"")]
    [InlineData("u", "")]
    public void Basic_EncodeDecode_RoundTrip(string username, string password)
    {
        var header = AuthorizationHeader.Basic(username, password);

        Assert.True(AuthorizationHeader.TryParse(header.Format(), out var parsed));

        Assert.True(parsed.TryGetBasicCredentials(out var u, out var p));
        Assert.Equal(username, u);
        Assert.Equal(password, p);
    }

    [Fact]
    public void Basic_Rfc7617Example_Decoded()
    {
        Assert.True(AuthorizationHeader.TryParse("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", out var header));

        Assert.True(header.TryGetBasicCredentials(out var user, out var password));
        Assert.Equal("Aladdin", user);
        Assert.Equal("open sesame", password);
    }

    [Fact]
    public void Basic_UserNameWithColon_Throws() =>
        Assert.Throws<ArgumentException>(() => AuthorizationHeader.Basic("a:b", "c"));

    [Theory]
    [InlineData("Basic !!!")]
    [InlineData("Basic Zm9v")]
    public void TryGetBasicCredentials_BadToken_False(string text)
    {
        if (AuthorizationHeader.TryParse(text, out var header))
        {
            Assert.False(header.TryGetBasicCredentials(out _, out _));
        }
    }

    [Fact]
    public void TryParse_TwoSchemes_False() =>
        Assert.False(AuthorizationHeader.TryParse("Basic Zm9vOmJhcg==, Digest username=\"a\"", out _));
}
