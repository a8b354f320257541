namespace Vms.Onvif.Security;

/// <summary>Server-side UsernameToken policy.</summary>
public sealed record UsernameTokenOptions
{
    /// <summary>Largest accepted |Created − device now| (5 minutes by default; a few seconds reproduces strict cameras).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Accept <c>#PasswordText</c> tokens (off by default; Core forbids relying on them).</summary>
    public bool AllowPasswordText { get; init; }

    /// <summary>Refuse a nonce seen before inside the window (Core). Off imitates cameras that accept clients which
    /// reuse one nonce for a whole session (libonvif-based tools do).</summary>
    public bool RejectReplays { get; init; } = true;

    /// <summary>Most nonces remembered for replay detection (oldest forgotten first when full).</summary>
    public int ReplayCacheCapacity { get; init; } = 16_384;

    /// <summary>A strict policy: ±<paramref name="seconds"/> seconds, like cameras that reject small clock drifts.</summary>
    public static UsernameTokenOptions Strict(int seconds = 5) => new() { Window = TimeSpan.FromSeconds(seconds) };
}
