using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vms.Onvif.Security;

/// <summary>Creates PasswordDigest UsernameTokens: Digest = Base64(SHA1(nonce ++ created ++ password)).</summary>
public static class UsernameTokenFactory
{
    /// <summary>A token with a random 16-byte nonce, stamped <paramref name="createdUtc"/> (use the DEVICE's clock).</summary>
    public static UsernameToken Create(string username, string password, DateTimeOffset createdUtc)
    {
        var nonce = new byte[16];
        RandomNumberGenerator.Fill(nonce);
        return Create(username, password, FormatCreated(createdUtc), nonce);
    }

    /// <summary>A token with the given nonce and the exact <paramref name="created"/> text (digest computed over it).</summary>
    public static UsernameToken Create(string username, string password, string created, byte[] nonce) =>
        new(username, ComputeDigest(nonce, created, password), IsDigest: true, nonce, created);

    /// <summary><c>Base64(SHA1(nonce ++ UTF8(created) ++ UTF8(password)))</c>.</summary>
    public static string ComputeDigest(ReadOnlySpan<byte> nonce, string created, string password)
    {
        var createdBytes = Encoding.UTF8.GetBytes(created);
        var passwordBytes = Encoding.UTF8.GetBytes(password);
        var input = new byte[nonce.Length + createdBytes.Length + passwordBytes.Length];
        nonce.CopyTo(input);
        createdBytes.CopyTo(input, nonce.Length);
        passwordBytes.CopyTo(input, nonce.Length + createdBytes.Length);
        return Convert.ToBase64String(SHA1.HashData(input));
    }

    /// <summary>The <c>wsu:Created</c> text: UTC, whole seconds, <c>Z</c> (the form every camera parses).</summary>
    public static string FormatCreated(DateTimeOffset utc) =>
        utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
