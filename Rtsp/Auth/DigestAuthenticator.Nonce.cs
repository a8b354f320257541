using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Vms.Rtsp.Auth;

/// <summary>
/// Nonces: base64url of
/// <code>
/// +----------------------+------------------+------------------------------------------+
/// | issue time (8, BE ms)| random (8)       | HMAC-SHA256(secret, time|random|realm)[0..16) |
/// +----------------------+------------------+------------------------------------------+
/// </code>
/// so any instance holding the secret can check one without keeping state.
/// </summary>
public sealed partial class DigestAuthenticator
{
    private const int PayloadLength = 16;
    private const int MacLength = 16;

    /// <summary>Nonces issued up to this far in the future (clock steps) are still accepted.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(1);

    private enum NonceState
    {
        Valid,
        Expired,
        Forged,
    }

    internal string CreateNonce()
    {
        Span<byte> nonce = stackalloc byte[PayloadLength + MacLength];
        BinaryPrimitives.WriteInt64BigEndian(nonce, _time.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(nonce[8..PayloadLength]);
        Sign(nonce[..PayloadLength], nonce[PayloadLength..]);
        return Base64UrlEncode(nonce);
    }

    private NonceState CheckNonce(string nonce)
    {
        Span<byte> bytes = stackalloc byte[PayloadLength + MacLength];
        if (!TryBase64UrlDecode(nonce, bytes))
        {
            return NonceState.Forged;
        }

        Span<byte> mac = stackalloc byte[MacLength];
        Sign(bytes[..PayloadLength], mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, bytes[PayloadLength..]))
        {
            return NonceState.Forged;
        }

        var issued = DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(
            BinaryPrimitives.ReadInt64BigEndian(bytes), 0, DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()));
        var age = _time.GetUtcNow() - issued;
        if (age < -FutureTolerance)
        {
            return NonceState.Forged;
        }

        return age > _options.NonceLifetime ? NonceState.Expired : NonceState.Valid;
    }

    private void Sign(ReadOnlySpan<byte> payload, Span<byte> mac)
    {
        var realm = Encoding.UTF8.GetBytes(_options.Realm);
        var data = new byte[payload.Length + realm.Length];
        payload.CopyTo(data);
        realm.CopyTo(data.AsSpan(payload.Length));
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_secret, data, full);
        full[..MacLength].CopyTo(mac);
    }

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64UrlDecode(string text, Span<byte> destination)
    {
        if (text.Length is 0 or > 64)
        {
            return false;
        }

        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        return Convert.TryFromBase64String(s, destination, out var n) && n == destination.Length;
    }
}
