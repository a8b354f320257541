using System.Security.Cryptography;
using System.Text;

namespace Vms.Host.Security;

/// <summary>
/// Per-user API tokens: 32 random bytes shown once as <c>vms_</c> + Base64Url; only their SHA-256 is
/// stored, so a stolen database yields no usable token. Revocation deletes the stored hash.
/// </summary>
public static class ApiTokens
{
    public const string Prefix = "vms_";

    public static string NewToken() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public static bool LooksLikeToken(string? text) => text is { Length: > 40 } && text.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
