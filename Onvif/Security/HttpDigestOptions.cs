namespace Vms.Onvif.Security;

/// <summary>Server-side HTTP Digest policy.</summary>
public sealed record HttpDigestOptions
{
    public string Realm { get; init; } = "ONVIF";

    /// <summary>Algorithms offered, one challenge each, in this order (MD5 first: the algorithm most clients know).</summary>
    public IReadOnlyList<DigestAlgorithm> Algorithms { get; init; } = [DigestAlgorithm.Md5, DigestAlgorithm.Sha256];

    /// <summary>Age after which a nonce is answered with <c>stale=true</c>.</summary>
    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Most nonces whose nonce-counts are tracked for replay detection.</summary>
    public int MaxTrackedNonces { get; init; } = 4096;
}
