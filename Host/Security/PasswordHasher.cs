using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vms.Host.Security;

/// <summary>
/// Salted PBKDF2-HMAC-SHA256 password hashes, stored as <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (Base64).
/// Verification is constant-time and reports when a hash should be upgraded to the current iteration count.
/// </summary>
public sealed class PasswordHasher(int iterations = PasswordHasher.DefaultIterations)
{
    /// <summary>The iteration count recommended for PBKDF2-HMAC-SHA256 (OWASP, 2023).</summary>
    public const int DefaultIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public PasswordCheck Verify(string? stored, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (stored is null)
        {
            return PasswordCheck.Wrong;
        }

        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return PasswordCheck.Wrong;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return PasswordCheck.Wrong;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, n, HashAlgorithmName.SHA256, expected.Length);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordCheck.Wrong;
        }

        return n < iterations ? PasswordCheck.RightButRehash : PasswordCheck.Right;
    }
}
