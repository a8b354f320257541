using System.Security.Cryptography;
using System.Text;

namespace Vms.Host.Security;

/// <summary>
/// Encrypts password-equivalent secrets at rest (the RTSP Digest HA1 values) with AES-256-GCM under a site key
/// kept outside the database (<c>&lt;DataFolder&gt;/keys/secrets.key</c>, created on first start, owner-only on
/// Unix). A copied database alone yields no usable Digest secret. Text form: <c>v1:</c>Base64(nonce|tag|cipher).
/// </summary>
public sealed class SecretProtector
{
    public const string KeyFileName = "secrets.key";
    private const string Version = "v1:";
    private readonly byte[] _key;

    public SecretProtector(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("the secret key must be 32 bytes", nameof(key));
        }

        _key = key;
    }

    /// <summary>Loads the key from <paramref name="keysFolder"/>, creating it when absent.</summary>
    public static SecretProtector LoadOrCreate(string keysFolder)
    {
        var path = Path.Combine(keysFolder, KeyFileName);
        return new SecretProtector(KeyFiles.LoadOrCreate(path, () => RandomNumberGenerator.GetBytes(32), 32));
    }

    public string Protect(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var data = Encoding.UTF8.GetBytes(plain);
        var output = new byte[12 + 16 + data.Length];
        var nonce = output.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, 16);
        aes.Encrypt(nonce, data, output.AsSpan(28), output.AsSpan(12, 16));
        return Version + Convert.ToBase64String(output);
    }

    /// <summary>The plain text, or null when it was not protected by this key (or was altered).</summary>
    public string? Unprotect(string? protectedText)
    {
        if (protectedText is null || !protectedText.StartsWith(Version, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var input = Convert.FromBase64String(protectedText[Version.Length..]);
            if (input.Length < 28)
            {
                return null;
            }

            var plain = new byte[input.Length - 28];
            using var aes = new AesGcm(_key, 16);
            aes.Decrypt(input.AsSpan(0, 12), input.AsSpan(28), input.AsSpan(12, 16), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
