using Dapper;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index.Rows;
using Vms.Storage.Retention;

namespace Vms.Storage.Index;

/// <summary>Legal holds; placing and releasing one is journalled in the same transaction.</summary>
internal sealed partial class SqlSegmentIndex
{
    public async Task<LegalHold> PlaceHoldAsync(string cameraId, DateTimeOffset fromUtc, DateTimeOffset toUtc, string reference, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cameraId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var from = UnixMicros.Truncate(fromUtc);
        var to = UnixMicros.Truncate(toUtc);
        if (to <= from)
        {
            throw new ArgumentException($"a hold needs a non-empty range, got {from:O} .. {to:O}", nameof(toUtc));
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var now = UnixMicros.Truncate(_time.GetUtcNow());
                var id = await connection.ExecuteScalarAsync<long>(Command(
                    QueryNames.HoldsInsert,
                    new { Camera = cameraId, From = T(from), To = T(to), Reference = reference, Actor = actor, At = T(now) },
                    tx,
                    cancellationToken)).ConfigureAwait(false);
                var hold = new LegalHold(id, cameraId, from, to, reference, actor, now, null, null);
                await AppendJournalAsync(connection, tx, [HoldDraft(JournalKind.HoldPlaced, hold)], actor, cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                LogHoldPlaced(_logger, id, cameraId, from, to, reference, actor);
                return hold;
            }
        }
    }

    public async Task<LegalHold?> ReleaseHoldAsync(long holdId, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var row = await connection.QueryFirstOrDefaultAsync<HoldRow>(Command(QueryNames.HoldsGet, new { Id = holdId }, tx, cancellationToken)).ConfigureAwait(false);
                if (row is null || row.ReleasedAtUs is not null)
                {
                    return row is null ? null : ToHold(row);
                }

                var now = UnixMicros.Truncate(_time.GetUtcNow());
                var changed = await connection.ExecuteAsync(Command(QueryNames.HoldsRelease, new { Id = holdId, Actor = actor, At = T(now) }, tx, cancellationToken)).ConfigureAwait(false);
                if (changed == 0)
                {
                    // released meanwhile by another recorder sharing the database
                    await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return (await GetHoldsAsync(includeReleased: true, cancellationToken).ConfigureAwait(false)).FirstOrDefault(h => h.Id == holdId);
                }

                var hold = ToHold(row) with { ReleasedBy = actor, ReleasedAtUtc = now };
                await AppendJournalAsync(connection, tx, [HoldDraft(JournalKind.HoldReleased, hold)], actor, cancellationToken).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                LogHoldReleased(_logger, holdId, hold.CameraId, hold.Reference, actor);
                return hold;
            }
        }
    }

    public async Task<IReadOnlyList<LegalHold>> GetHoldsAsync(bool includeReleased, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<HoldRow>(Command(includeReleased ? QueryNames.HoldsAll : QueryNames.HoldsActive, null, null, cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(ToHold)];
        }
    }

    private static JournalDraft HoldDraft(JournalKind kind, LegalHold hold) =>
        new(kind, hold.CameraId, string.Empty, hold.FromUtc, hold.ToUtc, 0, string.Empty, $"hold {hold.Id}: {hold.Reference}");

    private static LegalHold ToHold(HoldRow r) => new(
        r.Id,
        r.Camera,
        UnixMicros.ToInstant(r.FromUs),
        UnixMicros.ToInstant(r.ToUs),
        r.Reference,
        r.PlacedBy,
        UnixMicros.ToInstant(r.PlacedAtUs),
        r.ReleasedBy,
        r.ReleasedAtUs is { } at ? UnixMicros.ToInstant(at) : null);

    [LoggerMessage(EventId = 4330, Level = LogLevel.Information, Message = "Legal hold {HoldId} placed on {Camera} {From:O} .. {To:O} ({Reference}) by {Actor}")]
    private static partial void LogHoldPlaced(ILogger logger, long holdId, string camera, DateTimeOffset from, DateTimeOffset to, string reference, string actor);

    [LoggerMessage(EventId = 4331, Level = LogLevel.Information, Message = "Legal hold {HoldId} on {Camera} ({Reference}) released by {Actor}")]
    private static partial void LogHoldReleased(ILogger logger, long holdId, string camera, string reference, string actor);
}
