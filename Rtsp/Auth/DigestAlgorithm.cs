namespace Vms.Rtsp.Auth;

/// <summary>The Digest algorithms this layer computes (RFC 2617, RFC 7616).</summary>
public enum DigestAlgorithm
{
    /// <summary><c>MD5</c>, the default when a challenge names none.</summary>
    Md5,

    /// <summary><c>MD5-sess</c>: HA1 is bound to the nonce and client nonce.</summary>
    Md5Sess,

    /// <summary><c>SHA-256</c> (RFC 7616).</summary>
    Sha256,

    /// <summary><c>SHA-256-sess</c> (RFC 7616).</summary>
    Sha256Sess,
}
