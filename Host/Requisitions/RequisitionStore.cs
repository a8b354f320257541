using System.Data.Common;
using System.Globalization;
using Dapper;
using Vms.Host.Data;
using Vms.Host.Security;

namespace Vms.Host.Requisitions;

/// <summary>Requisitions in the service database, with the ids of the legal holds they placed.</summary>
public sealed class RequisitionStore(HostDatabase database)
{
    private const string Select = "SELECT id AS Id, reference AS Reference, authority AS Authority, issued_on AS IssuedOn, cameras AS Cameras, from_utc AS FromUtc, to_utc AS ToUtc, agents AS Agents, expires_at AS ExpiresAt, opened_by AS OpenedBy, opened_at AS OpenedAt, closed_by AS ClosedBy, closed_at AS ClosedAt, hold_ids AS HoldIds FROM requisitions";

    public async Task<IReadOnlyList<StoredRequisition>> ListAsync(bool includeClosed, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(Cmd(Select + (includeClosed ? string.Empty : " WHERE closed_at IS NULL") + " ORDER BY id", null, cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToStored())];
    }

    public async Task<StoredRequisition?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QuerySingleOrDefaultAsync<Row>(Cmd(Select + " WHERE reference = @reference", new { reference }, cancellationToken)).ConfigureAwait(false);
        return row?.ToStored();
    }

    /// <summary>Inserts a new requisition; returns its id.</summary>
    public async Task<long> InsertAsync(Requisition r, string openedBy, DateTimeOffset openedAt, IReadOnlyList<long> holdIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(r);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var columns = "(reference, authority, issued_on, cameras, from_utc, to_utc, agents, expires_at, opened_by, opened_at, closed_by, closed_at, hold_ids)";
        var values = "VALUES (@Reference, @Authority, @issuedOn, @cameras, @from, @to, @agents, @expires, @openedBy, @openedAt, NULL, NULL, @holds)";
        var sql = database.Dialect == HostDialect.Sqlite
            ? $"INSERT INTO requisitions {columns} {values} RETURNING id"
            : $"INSERT INTO requisitions {columns} OUTPUT INSERTED.id {values}";
        return await c.ExecuteScalarAsync<long>(Cmd(sql, new
        {
            r.Reference,
            r.Authority,
            issuedOn = r.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            cameras = Join(r.CameraIds),
            from = DbInstant.Write(r.From),
            to = DbInstant.Write(r.To),
            agents = Join(r.Agents),
            expires = DbInstant.Write(r.ExpiresAt),
            openedBy,
            openedAt = DbInstant.Write(openedAt),
            holds = string.Join(',', holdIds.Select(h => h.ToString(CultureInfo.InvariantCulture))),
        }, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Marks the requisition closed; false when unknown or already closed.</summary>
    public async Task<bool> CloseAsync(string reference, string closedBy, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteAsync(Cmd("UPDATE requisitions SET closed_by = @closedBy, closed_at = @at WHERE reference = @reference AND closed_at IS NULL", new { reference, closedBy, at = DbInstant.Write(closedAt) }, cancellationToken)).ConfigureAwait(false) > 0;
    }

    // camera ids and login names never hold a newline; one per line keeps commas usable in them
    private static string Join(IEnumerable<string> items) => string.Join('\n', items.Order(StringComparer.Ordinal));

    private static HashSet<string> Split(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private CommandDefinition Cmd(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? tx = null) =>
        new(sql, parameters, tx, database.CommandTimeoutSeconds, cancellationToken: cancellationToken);

    private sealed class Row
    {
        public long Id { get; set; }

        public string Reference { get; set; } = string.Empty;

        public string Authority { get; set; } = string.Empty;

        public string IssuedOn { get; set; } = string.Empty;

        public string Cameras { get; set; } = string.Empty;

        public string FromUtc { get; set; } = string.Empty;

        public string ToUtc { get; set; } = string.Empty;

        public string Agents { get; set; } = string.Empty;

        public string ExpiresAt { get; set; } = string.Empty;

        public string OpenedBy { get; set; } = string.Empty;

        public string OpenedAt { get; set; } = string.Empty;

        public string? ClosedBy { get; set; }

        public string? ClosedAt { get; set; }

        public string HoldIds { get; set; } = string.Empty;

        public StoredRequisition ToStored() => new(
            new Requisition(
                Id,
                Reference,
                Authority,
                DateOnly.ParseExact(IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Split(Cameras),
                DbInstant.Read(FromUtc),
                DbInstant.Read(ToUtc),
                Split(Agents),
                DbInstant.Read(ExpiresAt),
                DbInstant.ReadNullable(ClosedAt)),
            OpenedBy,
            DbInstant.Read(OpenedAt),
            ClosedBy,
            [.. HoldIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(h => long.Parse(h, CultureInfo.InvariantCulture))]);
    }
}
