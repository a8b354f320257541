using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index.Rows;

namespace Vms.Storage.Index;

/// <summary>
/// Brings a database to the newest schema: in one transaction (holding the dialect's migration lock) it
/// creates <c>schema_version</c> if needed and applies, in order, every embedded migration not recorded there.
/// Running it again is a no-op; a database newer than this software, or whose recorded migration names
/// differ from the embedded files, is refused.
/// </summary>
internal sealed partial class SchemaMigrator(SqlDialect dialect, SqlScripts scripts, TimeProvider time, ILogger logger)
{
    /// <summary>Applies pending migrations on an open connection; returns the ones applied now.</summary>
    public async Task<IReadOnlyList<Migration>> ApplyAsync(DbConnection connection, int commandTimeoutSeconds, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(Command(scripts[QueryNames.DatabasePrepare], null, cancellationToken)).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(scripts[QueryNames.SchemaVersionLock], tx, cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(scripts[QueryNames.SchemaVersionCreate], tx, cancellationToken)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<SchemaVersionRow>(Command(scripts[QueryNames.SchemaVersionSelect], tx, cancellationToken)).ConfigureAwait(false))
            .ToDictionary(r => r.Version);

        var known = scripts.Migrations.Count;
        foreach (var row in applied.Values)
        {
            if (row.Version > known)
            {
                throw new SegmentIndexException($"the index schema is at version {row.Version} ({row.Name}), newer than this software knows ({known}); upgrade the software");
            }

            var expected = scripts.Migrations[(int)row.Version - 1];
            if (!string.Equals(expected.Name, row.Name, StringComparison.Ordinal))
            {
                throw new SegmentIndexException($"the index recorded migration {row.Version:D4} as '{row.Name}' but this software's is '{expected.Name}'");
            }
        }

        var now = time.GetUtcNow();
        var done = new List<Migration>();
        foreach (var migration in scripts.Migrations)
        {
            if (applied.ContainsKey(migration.Version))
            {
                continue;
            }

            try
            {
                foreach (var batch in dialect.SplitBatches(migration.Script))
                {
                    await connection.ExecuteAsync(Command(batch, tx, cancellationToken)).ConfigureAwait(false);
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    scripts[QueryNames.SchemaVersionInsert],
                    new { Version = migration.Version, Name = migration.Name, AppliedAt = dialect.Time(now) },
                    tx,
                    commandTimeoutSeconds,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                throw new SegmentIndexException($"{dialect.Kind} migration {migration.Version:D4}_{migration.Name} failed: {ex.Message}", ex);
            }

            LogMigrationApplied(logger, dialect.Kind, migration.Version, migration.Name);
            done.Add(migration);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return done;

        CommandDefinition Command(string sql, DbTransaction? transaction, CancellationToken ct) =>
            new(sql, transaction: transaction, commandTimeout: commandTimeoutSeconds, cancellationToken: ct);
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Applied {Dialect} index migration {Version}: {Name}")]
    private static partial void LogMigrationApplied(ILogger logger, IndexDialect dialect, int version, string name);
}
