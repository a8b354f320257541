using Vms.Host.Audit;
using Vms.Host.Security;

namespace Vms.Host.Requisitions;

/// <summary>
/// Opens and closes requisitions. Opening places one legal hold per camera on [from, to) in the segment index
/// (journalled there), so retention cannot erase that range while the case is open; closing releases the holds
/// (journalled). Both are audited.
/// </summary>
public sealed partial class RequisitionService(RequisitionStore store, SecurityStore users, RecordingAccess recordings, IAuditLog audit, TimeProvider time, ILogger<RequisitionService> logger)
{
    public const int MaxCameras = 256;
    public const int MaxAgents = 64;

    public async Task<StoredRequisition> OpenAsync(RequisitionDraft draft, string actor, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = time.GetUtcNow();
        Validate(draft, now);
        if (await store.FindAsync(draft.Reference, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RequisitionException($"a requisition with reference '{draft.Reference}' already exists");
        }

        foreach (var agent in draft.Agents)
        {
            if (await users.GetUserAsync(agent, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new RequisitionException($"agent '{agent}' is not a user of this site");
            }
        }

        var index = recordings.Index;
        var holds = new List<long>();
        foreach (var camera in draft.Cameras.Distinct(StringComparer.Ordinal))
        {
            var hold = await index.PlaceHoldAsync(camera, draft.From, draft.To, draft.Reference, actor, cancellationToken).ConfigureAwait(false);
            holds.Add(hold.Id);
        }

        var requisition = new Requisition(0, draft.Reference, draft.Authority, draft.IssuedOn, draft.Cameras.ToHashSet(StringComparer.Ordinal), draft.From, draft.To, draft.Agents.ToHashSet(StringComparer.Ordinal), draft.ExpiresAt, null);
        var id = await store.InsertAsync(requisition, actor, now, holds, cancellationToken).ConfigureAwait(false);
        LogOpened(logger, draft.Reference, actor, draft.Cameras.Count);
        await audit.AppendAsync(AuditRecord.Of(
            AuditActions.RequisitionOpened,
            actor,
            AuditRecord.RequisitionTarget(draft.Reference),
            clientAddress,
            ("authority", draft.Authority),
            ("issuedOn", draft.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("cameras", string.Join(',', draft.Cameras)),
            ("from", draft.From),
            ("to", draft.To),
            ("agents", string.Join(',', draft.Agents)),
            ("expiresAt", draft.ExpiresAt),
            ("holds", string.Join(',', holds))), cancellationToken).ConfigureAwait(false);
        return new StoredRequisition(requisition with { Id = id }, actor, now, null, holds);
    }

    /// <summary>Closes the requisition and releases its holds; null when unknown; unchanged when already closed.</summary>
    public async Task<StoredRequisition?> CloseAsync(string reference, string actor, string? clientAddress, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(reference, cancellationToken).ConfigureAwait(false);
        if (existing is null || existing.Requisition.ClosedAt is not null)
        {
            return existing;
        }

        var index = recordings.Index;
        foreach (var hold in existing.HoldIds)
        {
            await index.ReleaseHoldAsync(hold, actor, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        await store.CloseAsync(reference, actor, now, cancellationToken).ConfigureAwait(false);
        LogClosed(logger, reference, actor);
        await audit.AppendAsync(AuditRecord.Of(AuditActions.RequisitionClosed, actor, AuditRecord.RequisitionTarget(reference), clientAddress, ("holdsReleased", string.Join(',', existing.HoldIds))), cancellationToken).ConfigureAwait(false);
        return await store.FindAsync(reference, cancellationToken).ConfigureAwait(false);
    }

    private static void Validate(RequisitionDraft d, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(d.Reference) || d.Reference.Length > 200 || d.Reference.Any(char.IsControl))
        {
            throw new RequisitionException("the reference must be 1-200 characters without control characters");
        }

        if (string.IsNullOrWhiteSpace(d.Authority) || d.Authority.Length > 400)
        {
            throw new RequisitionException("the issuing authority must be given (at most 400 characters)");
        }

        if (d.Cameras.Count is 0 or > MaxCameras || d.Cameras.Any(string.IsNullOrWhiteSpace))
        {
            throw new RequisitionException($"name 1 to {MaxCameras} cameras");
        }

        if (d.Agents.Count is 0 or > MaxAgents || d.Agents.Any(string.IsNullOrWhiteSpace))
        {
            throw new RequisitionException($"name 1 to {MaxAgents} agents");
        }

        if (d.To <= d.From)
        {
            throw new RequisitionException("the time window must end after it starts");
        }

        if (d.ExpiresAt <= now)
        {
            throw new RequisitionException("the expiry must be in the future");
        }
    }

    [LoggerMessage(EventId = 5340, Level = LogLevel.Information, Message = "Requisition {Reference} opened by '{Actor}' ({Cameras} cameras held)")]
    private static partial void LogOpened(ILogger logger, string reference, string actor, int cameras);

    [LoggerMessage(EventId = 5341, Level = LogLevel.Information, Message = "Requisition {Reference} closed by '{Actor}' (holds released)")]
    private static partial void LogClosed(ILogger logger, string reference, string actor);
}
