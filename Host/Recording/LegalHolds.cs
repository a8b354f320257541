using Vms.Storage.Retention;

namespace Vms.Host.Recording;

/// <summary>
/// Legal holds on recordings (a requisition, an investigation): recordings of a camera overlapping the held
/// range are never deleted by retention or by hand while the hold is active. Placing and releasing are
/// journalled in the destruction journal. The API and the requisition workflow call this.
/// </summary>
public sealed class LegalHolds(RecordingStorage storage)
{
    /// <summary>Longest hold range accepted (ten years).</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(3653);

    /// <summary>Places a hold; <paramref name="actor"/> is who asks (e.g. <c>user:alice</c>), <paramref name="reference"/> the requisition or case.</summary>
    /// <exception cref="ArgumentException">empty camera or reference, or an empty or reversed range.</exception>
    public Task<LegalHold> PlaceAsync(string cameraId, DateTimeOffset fromUtc, DateTimeOffset toUtc, string reference, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cameraId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (toUtc <= fromUtc)
        {
            throw new ArgumentException($"the hold's end ({toUtc:O}) must be after its start ({fromUtc:O})", nameof(toUtc));
        }

        if (toUtc - fromUtc > MaxRange)
        {
            throw new ArgumentException($"a hold covers at most {MaxRange.TotalDays:0} days", nameof(toUtc));
        }

        return storage.Index.PlaceHoldAsync(cameraId, fromUtc.ToUniversalTime(), toUtc.ToUniversalTime(), reference, actor, cancellationToken);
    }

    /// <summary>Releases a hold; null when there is no such hold (unchanged when already released).</summary>
    public Task<LegalHold?> ReleaseAsync(long holdId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return storage.Index.ReleaseHoldAsync(holdId, actor, cancellationToken);
    }

    public Task<IReadOnlyList<LegalHold>> ListAsync(bool includeReleased, CancellationToken cancellationToken) =>
        storage.Index.GetHoldsAsync(includeReleased, cancellationToken);
}
