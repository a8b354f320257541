using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Vms.Host.Data;

/// <summary>
/// The service's own database (cameras, users, rights, requisitions, audit): opens connections with the
/// dialect's session settings and brings the schema to this software's version. The segment index is a
/// separate store (<c>Vms.Storage</c>); this one is authoritative and is never rebuilt from files.
/// </summary>
public sealed partial class HostDatabase(HostDatabaseOptions options, TimeProvider time, ILogger<HostDatabase> logger)
{
    public HostDialect Dialect => options.Dialect;

    public int CommandTimeoutSeconds => options.CommandTimeoutSeconds;

    /// <summary>Opens a connection ready for use (SQLite: WAL, foreign keys on, a busy timeout).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = options.Dialect == HostDialect.Sqlite
            ? new SqliteConnection(options.ConnectionString)
            : new SqlConnection(options.ConnectionString);
        try
        {
            if (connection is SqliteConnection sqlite && sqlite.DataSource is { Length: > 0 } file && file != ":memory:")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            }

            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (options.Dialect == HostDialect.Sqlite)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;",
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            return connection;
        }
        catch (DbException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new HostDatabaseException($"cannot open the {options.Dialect} database: {ex.Message}", ex);
        }
    }

    /// <summary>Applies, in one transaction, every embedded migration not yet recorded; returns those applied now.</summary>
    public async Task<IReadOnlyList<HostMigration>> MigrateAsync(CancellationToken cancellationToken)
    {
        var migrations = HostMigrations.For(options.Dialect);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (options.Dialect == HostDialect.SqlServer)
        {
            await Execute(connection, tx, "EXEC sp_getapplock @Resource = 'vms_host_schema', @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken).ConfigureAwait(false);
            await Execute(connection, tx, "IF OBJECT_ID('host_schema_version') IS NULL CREATE TABLE host_schema_version (version INT NOT NULL PRIMARY KEY, name NVARCHAR(200) NOT NULL, applied_at DATETIMEOFFSET NOT NULL)", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Execute(connection, tx, "CREATE TABLE IF NOT EXISTS host_schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
        }

        var recorded = (await connection.QueryAsync<(long Version, string Name)>(new CommandDefinition(
            "SELECT version, name FROM host_schema_version", transaction: tx, commandTimeout: options.CommandTimeoutSeconds, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(r => (int)r.Version, r => r.Name);
        var known = migrations.ToDictionary(m => m.Version);
        foreach (var (version, name) in recorded)
        {
            if (!known.TryGetValue(version, out var mine))
            {
                throw new HostDatabaseException($"the database holds migration {version:D4}_{name}, which this software does not know; upgrade the software");
            }

            if (!string.Equals(mine.Name, name, StringComparison.Ordinal))
            {
                throw new HostDatabaseException($"the database recorded migration {version:D4} as '{name}' but this software's is '{mine.Name}'");
            }
        }

        var applied = new List<HostMigration>();
        foreach (var migration in migrations.Where(m => !recorded.ContainsKey(m.Version)))
        {
            try
            {
                foreach (var batch in Batches(migration.Script))
                {
                    await Execute(connection, tx, batch, cancellationToken).ConfigureAwait(false);
                }

                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO host_schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                    new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
                    tx,
                    options.CommandTimeoutSeconds,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException ex)
            {
                throw new HostDatabaseException($"{options.Dialect} migration {migration.Version:D4}_{migration.Name} failed: {ex.Message}", ex);
            }

            LogMigrationApplied(logger, options.Dialect, migration.Version, migration.Name);
            applied.Add(migration);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return applied;
    }

    private IEnumerable<string> Batches(string script) => options.Dialect == HostDialect.SqlServer
        ? SplitOnGo(script)
        : [script];

    private static IEnumerable<string> SplitOnGo(string script)
    {
        var current = new System.Text.StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            if (string.Equals(line.Trim(), "GO", StringComparison.OrdinalIgnoreCase))
            {
                if (current.ToString().Trim().Length > 0)
                {
                    yield return current.ToString();
                }

                current.Clear();
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        if (current.ToString().Trim().Length > 0)
        {
            yield return current.ToString();
        }
    }

    private Task<int> Execute(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, commandTimeout: options.CommandTimeoutSeconds, cancellationToken: cancellationToken));

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Applied {Dialect} service database migration {Version}: {Name}")]
    private static partial void LogMigrationApplied(ILogger logger, HostDialect dialect, int version, string name);
}
