using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vms.Host.Security;
using Vms.Onvif.Client;

namespace Vms.Host.Cameras.Registry;

/// <summary>
/// Encrypts camera credentials at rest with AES-256-GCM under a site key kept in <c>&lt;DataFolder&gt;/keys/cameras.key</c>
/// (created on first use, readable by the service account only). The camera id is bound as associated data, so a
/// ciphertext copied to another camera's row does not decrypt. Stored form: <c>v1:</c> + base64(nonce | tag | ciphertext).
/// </summary>
public sealed class CameraCredentialProtector
{
    public const string KeyFileName = "cameras.key";
    private const string Prefix = "v1:";
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public CameraCredentialProtector(string keyFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFolder);
        _key = KeyFiles.LoadOrCreate(Path.Combine(keyFolder, KeyFileName), () => RandomNumberGenerator.GetBytes(KeySize), KeySize);
    }

    public string Protect(string cameraId, OnvifCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var plain = JsonSerializer.SerializeToUtf8Bytes(new[] { credentials.Username, credentials.Password });
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(cameraId));
        CryptographicOperations.ZeroMemory(plain);
        return Prefix + Convert.ToBase64String(output);
    }

    /// <summary>Decrypts; <see cref="CryptographicException"/> when the key changed or the text was tampered with.</summary>
    public OnvifCredentials Unprotect(string cameraId, string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        if (!protectedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException($"camera {cameraId}: stored credentials are not in a known format");
        }

        var data = Convert.FromBase64String(protectedText[Prefix.Length..]);
        if (data.Length < NonceSize + TagSize)
        {
            throw new CryptographicException($"camera {cameraId}: stored credentials are truncated");
        }

        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(cameraId));
        var parts = JsonSerializer.Deserialize<string[]>(plain);
        CryptographicOperations.ZeroMemory(plain);
        return parts is [var user, var password]
            ? new OnvifCredentials(user, password)
            : throw new CryptographicException($"camera {cameraId}: stored credentials are malformed");
    }
}
