namespace Vms.Rtsp.Auth;

/// <summary>Names and properties of <see cref="DigestAlgorithm"/> values.</summary>
public static class DigestAlgorithms
{
    /// <summary>Reads an <c>algorithm=</c> value (case-insensitive); null or empty means MD5 (RFC 2617 §3.2.1).</summary>
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

    /// <summary>The name written in headers (<c>MD5</c>, <c>MD5-sess</c>, <c>SHA-256</c>, <c>SHA-256-sess</c>).</summary>
    public static string Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5 => "MD5",
        DigestAlgorithm.Md5Sess => "MD5-sess",
        DigestAlgorithm.Sha256 => "SHA-256",
        DigestAlgorithm.Sha256Sess => "SHA-256-sess",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>True for the <c>-sess</c> variants.</summary>
    public static bool IsSession(DigestAlgorithm algorithm) =>
        algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess;

    /// <summary>The plain algorithm a <c>-sess</c> variant hashes with (its stored HA1 is the plain one).</summary>
    public static DigestAlgorithm Base(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5Sess => DigestAlgorithm.Md5,
        DigestAlgorithm.Sha256Sess => DigestAlgorithm.Sha256,
        _ => algorithm,
    };

    /// <summary>Preference order when a server offers several (stronger hash first, plain before -sess).</summary>
    internal static int Strength(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha256 => 4,
        DigestAlgorithm.Sha256Sess => 3,
        DigestAlgorithm.Md5 => 2,
        _ => 1,
    };

}
