using System.Security.Cryptography;
using System.Text;

namespace Vms.Host.Security;

/// <summary>
/// The HA1 values RTSP Digest needs (RFC 7616: H(username:realm:password)) for MD5 and SHA-256. They are
/// password-equivalent for that realm only, so they are stored beside the PBKDF2 hash instead of the password.
/// </summary>
public sealed record DigestSecrets(string Realm, string Md5Ha1, string Sha256Ha1)
{
    public static DigestSecrets Derive(string user, string realm, string password)
    {
        var input = Encoding.UTF8.GetBytes($"{user}:{realm}:{password}");
#pragma warning disable CA5351 // MD5 is what RTSP Digest (RFC 2617) specifies; SHA-256 is offered too
        var md5 = Convert.ToHexStringLower(MD5.HashData(input));
#pragma warning restore CA5351
        var sha = Convert.ToHexStringLower(SHA256.HashData(input));
        return new DigestSecrets(realm, md5, sha);
    }
}
