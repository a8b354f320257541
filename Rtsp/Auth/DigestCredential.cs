namespace Vms.Rtsp.Auth;

/// <summary>
/// What a user store knows about one user: the password, or precomputed HA1 values
/// (<c>H(username:realm:password)</c>) per hash, so the store need not keep the password.
/// </summary>
public sealed class DigestCredential
{
    private readonly string? _password;
    private readonly IReadOnlyDictionary<DigestAlgorithm, string>? _ha1;

    private DigestCredential(string? password, IReadOnlyDictionary<DigestAlgorithm, string>? ha1)
    {
        _password = password;
        _ha1 = ha1;
    }

    /// <summary>True when the password itself is known (Basic needs it).</summary>
    public bool HasPassword => _password is not null;

    internal string? Password => _password;

    public static DigestCredential FromPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return new(password, null);
    }

    /// <summary>Precomputed HA1 (lower-case hex) keyed by <see cref="DigestAlgorithm.Md5"/> and/or <see cref="DigestAlgorithm.Sha256"/>.</summary>
    public static DigestCredential FromHa1(IReadOnlyDictionary<DigestAlgorithm, string> ha1ByAlgorithm)
    {
        ArgumentNullException.ThrowIfNull(ha1ByAlgorithm);
        return new(null, ha1ByAlgorithm.ToDictionary(p => DigestAlgorithms.Base(p.Key), p => p.Value.ToLowerInvariant()));
    }

    /// <summary>The plain HA1 for the hash of <paramref name="algorithm"/>, or null when neither it nor the password is known.</summary>
    internal string? GetHa1(DigestAlgorithm algorithm, string username, string realm)
    {
        if (_password is not null)
        {
            return DigestCalculator.ComputeHa1(algorithm, username, realm, _password);
        }

        return _ha1 is not null && _ha1.TryGetValue(DigestAlgorithms.Base(algorithm), out var ha1) ? ha1 : null;
    }
}
