using Vms.Host.Security;

namespace Vms.Host.Tests.Security;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Verify_RightAndWrongPasswords()
    {
        var hasher = new PasswordHasher(iterations: 1000);
        var stored = hasher.Hash("Tr0ub4dor&3 é\"\\:@");

        Assert.Equal(PasswordCheck.Right, hasher.Verify(stored, "Tr0ub4dor&3 é\"\\:@"));
        Assert.Equal(PasswordCheck.Wrong, hasher.Verify(stored, "Tr0ub4dor&3 é\"\\:"));
        Assert.Equal(PasswordCheck.Wrong, hasher.Verify(null, "x"));
        Assert.Equal(PasswordCheck.Wrong, hasher.Verify("pbkdf2-sha256$1000$not base64$x", "x"));
    }

    [Fact]
    public void Hash_SamePasswordTwice_UsesDifferentSalts()
    {
        var hasher = new PasswordHasher(iterations: 1000);

        Assert.NotEqual(hasher.Hash("same"), hasher.Hash("same"));
    }

    [Fact]
    public void Verify_OlderIterationCount_AsksForRehash()
    {
        var old = new PasswordHasher(iterations: 1000).Hash("pw");

        Assert.Equal(PasswordCheck.RightButRehash, new PasswordHasher(iterations: 2000).Verify(old, "pw"));
    }

    [Fact]
    public void DigestSecrets_MatchRfc2617Example()
    {
        // RFC 2617 §3.5: HA1 = MD5("Mufasa:testrealm@host.com:Circle Of Life")
        var s = DigestSecrets.Derive("Mufasa", "testrealm@host.com", "Circle Of Life");

        Assert.Equal("939e7578ed9e3c518a452acee763bce9", s.Md5Ha1);
    }
}
