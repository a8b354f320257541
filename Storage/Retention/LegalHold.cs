namespace Vms.Storage.Retention;

/// <summary>
/// A legal hold: recordings of <see cref="CameraId"/> overlapping [<see cref="FromUtc"/>, <see cref="ToUtc"/>)
/// are never deleted (by age, quota or hand) while the hold is active; a segment partly inside is kept whole.
/// </summary>
public sealed record LegalHold(
    long Id,
    string CameraId,
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    string Reference,
    string PlacedBy,
    DateTimeOffset PlacedAtUtc,
    string? ReleasedBy,
    DateTimeOffset? ReleasedAtUtc)
{
    public bool IsActive => ReleasedAtUtc is null;

    /// <summary>True when this hold is active and protects any part of [start, end) of the camera.</summary>
    public bool Protects(string camera, DateTimeOffset start, DateTimeOffset end)
    {
        if (!IsActive || !string.Equals(camera, CameraId, StringComparison.Ordinal))
        {
            return false;
        }

        // a zero-length segment counts as the instant it sits on
        return end > start ? start < ToUtc && FromUtc < end : start >= FromUtc && start < ToUtc;
    }
}
