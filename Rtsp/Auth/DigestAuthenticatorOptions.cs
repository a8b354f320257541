namespace Vms.Rtsp.Auth;

/// <summary>Settings of <see cref="DigestAuthenticator"/>.</summary>
public sealed record DigestAuthenticatorOptions
{
    /// <summary>The protection space named in challenges (e.g. the product name).</summary>
    public required string Realm { get; init; }

    /// <summary>Algorithms offered and accepted, one challenge each, written strongest first (MD5 last, for older clients).</summary>
    public IReadOnlyList<DigestAlgorithm> Algorithms { get; init; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>How long a nonce is honoured; an older one with the right digest gets <c>stale=true</c>.</summary>
    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The key nonces are signed with; random per instance when null (nonces then die with the process).</summary>
    public byte[]? Secret { get; init; }

    /// <summary>Also offer and accept Basic (plain-text password; only on trusted networks).</summary>
    public bool AllowBasic { get; init; }

    /// <summary>Reject RFC 2069 style answers without qop (some old clients send them).</summary>
    public bool RequireQop { get; init; }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Realm);
        if (Realm.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("The realm must be one line.", nameof(Realm));
        }

        if (Algorithms.Count == 0 && !AllowBasic)
        {
            throw new ArgumentException("At least one algorithm (or Basic) must be offered.", nameof(Algorithms));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(NonceLifetime, TimeSpan.Zero, nameof(NonceLifetime));
    }
}
