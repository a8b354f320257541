namespace Vms.Onvif.Security;

/// <summary>HTTP Digest hash algorithms (RFC 2617 MD5, RFC 7616 SHA-256), optionally in "-sess" form.</summary>
public enum DigestAlgorithm
{
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}
