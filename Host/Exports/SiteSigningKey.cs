using System.Security.Cryptography;
using System.Text;

namespace Vms.Host.Exports;

/// <summary>
/// The site's signing key: ECDSA P-256, generated on first start in <c>&lt;DataFolder&gt;/keys/site-signing.pem</c>
/// (PKCS#8, owner-only), public half in <c>site.pub.pem</c> (SubjectPublicKeyInfo PEM, what openssl reads).
/// Signatures are ECDSA over SHA-256 in DER (RFC 3279) form, so
/// <c>openssl dgst -sha256 -verify site.pub.pem -signature manifest.json.sig manifest.json</c> checks them.
/// </summary>
public sealed class SiteSigningKey : IDisposable
{
    public const string PrivateKeyFileName = "site-signing.pem";
    public const string PublicKeyFileName = "site.pub.pem";

    private readonly ECDsa _key;

    private SiteSigningKey(ECDsa key) => _key = key;

    /// <summary>The public key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>SHA-256 of the public key's DER, hex: names the key in manifests and reports.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()));

    public static SiteSigningKey LoadOrCreate(string keysFolder)
    {
        var path = Path.Combine(keysFolder, PrivateKeyFileName);
        var pem = Security.KeyFiles.LoadOrCreate(path, () =>
        {
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return Encoding.ASCII.GetBytes(fresh.ExportPkcs8PrivateKeyPem());
        });
        var key = ECDsa.Create();
        key.ImportFromPem(Encoding.ASCII.GetString(pem));
        var site = new SiteSigningKey(key);
        var publicPath = Path.Combine(keysFolder, PublicKeyFileName);
        if (!File.Exists(publicPath))
        {
            File.WriteAllText(publicPath, site.PublicKeyPem);
        }

        return site;
    }

    /// <summary>DER-encoded ECDSA P-256 / SHA-256 signature of <paramref name="data"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public void Dispose() => _key.Dispose();

    /// <summary>Checks a DER signature against a PEM public key; false for a wrong key, a bad signature or unreadable input.</summary>
    public static bool Verify(string publicKeyPem, ReadOnlySpan<byte> data, ReadOnlySpan<byte> derSignature)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(publicKeyPem);
            return key.VerifyData(data, derSignature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return false;
        }
    }
}
