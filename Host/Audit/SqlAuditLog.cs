using System.Data.Common;
using System.Text;
using Dapper;
using Vms.Host.Data;
using Vms.Host.Security;

namespace Vms.Host.Audit;

/// <summary>
/// <see cref="IAuditLog"/> in the service database (table <c>audit_log</c>). Appends are serialized in the
/// process and made in a transaction that reads the chain's head, so the chain stays gapless; a concurrent writer
/// on a shared SQL Server makes the insert fail on the sequence key and the append is retried.
/// </summary>
public sealed partial class SqlAuditLog(HostDatabase database, TimeProvider time, ILogger<SqlAuditLog> logger) : IAuditLog, IDisposable
{
    private const int Attempts = 5;
    private const int VerifyPage = 5000;
    private readonly SemaphoreSlim _appendGate = new(1, 1);

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _appendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await AppendOnceAsync(record, cancellationToken).ConfigureAwait(false);
                }
                catch (DbException e) when (attempt < Attempts)
                {
                    LogAppendRetry(logger, attempt, e.Message);
                }
            }
        }
        finally
        {
            _appendGate.Release();
        }
    }

    private async Task<AuditEntry> AppendOnceAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var headSql = database.Dialect == HostDialect.Sqlite
            ? "SELECT seq AS Seq, at AS At, actor AS Actor, action AS Action, target AS Target, client AS Client, details AS Details, prev_hash AS PrevHash, hash AS Hash FROM audit_log ORDER BY seq DESC LIMIT 1"
            : "SELECT TOP 1 seq AS Seq, at AS At, actor AS Actor, action AS Action, target AS Target, client AS Client, details AS Details, prev_hash AS PrevHash, hash AS Hash FROM audit_log WITH (UPDLOCK, HOLDLOCK) ORDER BY seq DESC";
        var head = await c.QuerySingleOrDefaultAsync<AuditRow>(Cmd(headSql, null, cancellationToken, tx)).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var entry = AuditChain.Append(head?.ToEntry(), DbInstant.Read(DbInstant.Write(now)), record.Actor, record.Action, record.Target, record.ClientAddress, record.Details);
        await c.ExecuteAsync(Cmd(
            "INSERT INTO audit_log (seq, at, actor, action, target, client, details, prev_hash, hash) VALUES (@Sequence, @at, @Actor, @Action, @Target, @ClientAddress, @Details, @PreviousHash, @Hash)",
            new { entry.Sequence, at = DbInstant.Write(entry.At), entry.Actor, entry.Action, entry.Target, entry.ClientAddress, entry.Details, entry.PreviousHash, entry.Hash },
            cancellationToken,
            tx)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return entry;
    }

    public void Dispose() => _appendGate.Dispose();

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(" WHERE seq > @after");
        if (query.Actor is not null)
        {
            where.Append(" AND actor = @actor");
        }

        if (query.Action is not null)
        {
            where.Append(" AND (action = @action OR action LIKE @actionPrefix)");
        }

        if (query.Target is not null)
        {
            where.Append(" AND target = @target");
        }

        if (query.From is not null)
        {
            where.Append(" AND at >= @from");
        }

        if (query.To is not null)
        {
            where.Append(" AND at < @to");
        }

        var limit = Math.Clamp(query.Limit, 1, 10_000);
        var parameters = new
        {
            after = query.AfterSequence,
            actor = query.Actor,
            action = query.Action,
            actionPrefix = query.Action + ".%",
            target = query.Target,
            from = DbInstant.WriteNullable(query.From),
            to = DbInstant.WriteNullable(query.To),
            limit,
        };
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<AuditRow>(Cmd(Page(where.ToString()), parameters, cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<AuditChainBreak?> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var state = AuditChainVerifier.Start();
        var after = 0L;
        while (true)
        {
            var rows = (await c.QueryAsync<AuditRow>(Cmd(Page(" WHERE seq > @after"), new { after, limit = VerifyPage }, cancellationToken)).ConfigureAwait(false)).ToList();
            foreach (var row in rows)
            {
                AuditEntry entry;
                try
                {
                    entry = row.ToEntry();
                }
                catch (FormatException)
                {
                    return new AuditChainBreak(row.Seq, $"entry {row.Seq} was altered (its time '{row.At}' is not an instant)");
                }

                if (state.Next(entry) is { } broken)
                {
                    return broken;
                }
            }

            if (rows.Count < VerifyPage)
            {
                return null;
            }

            after = rows[^1].Seq;
        }
    }

    private string Page(string where) => database.Dialect == HostDialect.Sqlite
        ? AuditRow.Select + where + " ORDER BY seq LIMIT @limit"
        : "SELECT TOP (@limit) " + AuditRow.Select["SELECT ".Length..] + where + " ORDER BY seq";

    private CommandDefinition Cmd(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? tx = null) =>
        new(sql, parameters, tx, database.CommandTimeoutSeconds, cancellationToken: cancellationToken);

    [LoggerMessage(EventId = 5410, Level = LogLevel.Warning, Message = "Audit append attempt {Attempt} failed, retrying: {Reason}")]
    private static partial void LogAppendRetry(ILogger logger, int attempt, string reason);

    private sealed class AuditRow
    {
        public const string Select = "SELECT seq AS Seq, at AS At, actor AS Actor, action AS Action, target AS Target, client AS Client, details AS Details, prev_hash AS PrevHash, hash AS Hash FROM audit_log";

        public long Seq { get; set; }

        public string At { get; set; } = string.Empty;

        public string Actor { get; set; } = string.Empty;

        public string Action { get; set; } = string.Empty;

        public string Target { get; set; } = string.Empty;

        public string? Client { get; set; }

        public string Details { get; set; } = string.Empty;

        public string PrevHash { get; set; } = string.Empty;

        public string Hash { get; set; } = string.Empty;

        public AuditEntry ToEntry() => new(Seq, DbInstant.Read(At), Actor, Action, Target, Client, Details, PrevHash, Hash);
    }
}
