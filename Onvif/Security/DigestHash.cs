using System.Security.Cryptography;
using System.Text;

namespace Vms.Onvif.Security;

/// <summary>The Digest computations of RFC 2617 / RFC 7616 (lower-case hex). Vms.Rtsp has its own copy for RTSP;
/// the two modules do not reference each other.</summary>
internal static class DigestHash
{
    public static string Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5 => "MD5",
        DigestAlgorithm.Md5Sess => "MD5-sess",
        DigestAlgorithm.Sha256 => "SHA-256",
        DigestAlgorithm.Sha256Sess => "SHA-256-sess",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    public static bool TryParse(string? name, out DigestAlgorithm algorithm)
    {
        algorithm = DigestAlgorithm.Md5;
        switch (name?.Trim().ToUpperInvariant())
        {
            case null or "" or "MD5":
                return true;
            case "MD5-SESS":
                algorithm = DigestAlgorithm.Md5Sess;
                return true;
            case "SHA-256":
                algorithm = DigestAlgorithm.Sha256;
                return true;
            case "SHA-256-SESS":
                algorithm = DigestAlgorithm.Sha256Sess;
                return true;
            default:
                return false;
        }
    }

    public static string Hash(DigestAlgorithm algorithm, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var hash = algorithm is DigestAlgorithm.Sha256 or DigestAlgorithm.Sha256Sess ? SHA256.HashData(bytes) : MD5.HashData(bytes);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>HA1 = H(user:realm:password), then H(HA1:nonce:cnonce) for "-sess".</summary>
    public static string Ha1(DigestAlgorithm algorithm, string username, string realm, string password, string nonce, string? cnonce)
    {
        var ha1 = Hash(algorithm, $"{username}:{realm}:{password}");
        return algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess
            ? Hash(algorithm, $"{ha1}:{nonce}:{cnonce}")
            : ha1;
    }

    /// <summary>The request digest: with qop, H(HA1:nonce:nc:cnonce:qop:HA2); without (RFC 2069), H(HA1:nonce:HA2).</summary>
    public static string Response(DigestAlgorithm algorithm, string ha1, string nonce, string? nc, string? cnonce, string? qop, string method, string uri)
    {
        var ha2 = Hash(algorithm, $"{method}:{uri}");
        return qop is null
            ? Hash(algorithm, $"{ha1}:{nonce}:{ha2}")
            : Hash(algorithm, $"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}");
    }
}
