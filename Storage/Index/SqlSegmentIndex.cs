using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Vms.Storage.Index.Rows;
using Vms.Storage.Segments;

namespace Vms.Storage.Index;

/// <summary>
/// <see cref="ISegmentIndex"/> over Dapper; the SQL text comes from the dialect's embedded scripts, so SQLite and
/// SQL Server share every line of this class. Each call opens a (pooled) connection; segment inserts go through
/// the batched <see cref="IndexWriteQueue"/>.
/// </summary>
internal sealed partial class SqlSegmentIndex : ISegmentIndex
{
    private readonly SegmentIndexOptions _options;
    private readonly SqlDialect _dialect;
    private readonly SqlScripts _sql;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IndexWriteQueue _writer;
    private int _disposed;

    private SqlSegmentIndex(SegmentIndexOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _options = options;
        _dialect = SqlDialect.For(options.Dialect);
        _sql = SqlScripts.For(options.Dialect);
        _time = time;
        _logger = loggers.CreateLogger<SqlSegmentIndex>();
        _writer = new IndexWriteQueue(options, UpsertBatchAsync, time, loggers.CreateLogger<IndexWriteQueue>());
    }

    public IndexDialect Dialect => _options.Dialect;

    /// <summary>The batched writer (tests and benchmarks observe its counters).</summary>
    internal IndexWriteQueue Writer => _writer;

    /// <summary>Opens the index and applies pending migrations.</summary>
    public static async Task<SqlSegmentIndex> OpenAsync(SegmentIndexOptions options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var dialect = SqlDialect.For(options.Dialect);
        dialect.PrepareLocation(options.ConnectionString);
        var logger = loggers.CreateLogger<SqlSegmentIndex>();
        var migrator = new SchemaMigrator(dialect, SqlScripts.For(options.Dialect), time, logger);
        var connection = await OpenConnectionAsync(dialect, options, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var applied = await migrator.ApplyAsync(connection, options.CommandTimeoutSeconds, cancellationToken).ConfigureAwait(false);
            LogOpened(logger, options.Dialect, applied.Count);
        }

        return new SqlSegmentIndex(options, time, loggers);
    }

    /// <summary>Applies pending migrations again (a no-op on an up-to-date database); returns how many ran.</summary>
    internal async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var migrator = new SchemaMigrator(_dialect, _sql, _time, _logger);
            return (await migrator.ApplyAsync(connection, _options.CommandTimeoutSeconds, cancellationToken).ConfigureAwait(false)).Count;
        }
    }

    /// <summary>Recorded schema versions (tests check migrations are applied once).</summary>
    internal async Task<IReadOnlyList<(long Version, string Name)>> SchemaVersionsAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync<SchemaVersionRow>(Command(QueryNames.SchemaVersionSelect, null, null, cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(r => (r.Version, r.Name))];
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>An open connection with the dialect's per-connection settings applied.</summary>
    internal Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => OpenConnectionAsync(_dialect, _options, cancellationToken);

    private static async Task<DbConnection> OpenConnectionAsync(SqlDialect dialect, SegmentIndexOptions options, CancellationToken cancellationToken)
    {
        var connection = dialect.CreateConnection(options.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                SqlScripts.For(options.Dialect)[QueryNames.ConnectionOpen],
                commandTimeout: options.CommandTimeoutSeconds,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private CommandDefinition Command(string query, object? args, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(_sql[query], args, transaction, _options.CommandTimeoutSeconds, cancellationToken: cancellationToken);

    private DbTime T(DateTimeOffset instant) => _dialect.Time(instant);

    private static IndexedSegment ToSegment(SegmentRow r)
    {
        if (!Enum.TryParse<Vms.Rtsp.Media.CodecId>(r.Codec, ignoreCase: false, out var codec))
        {
            throw new SegmentIndexException($"segment row {r.Id} ({r.Root}:{r.Path}) has an unknown codec '{r.Codec}'");
        }

        return new IndexedSegment(r.Id, r.Root, new SegmentInfo(
            r.Camera,
            r.Stream,
            UnixMicros.ToInstant(r.StartUs),
            UnixMicros.ToInstant(r.EndUs),
            r.Path,
            r.Bytes,
            codec,
            r.Width,
            r.Height,
            r.Frames,
            r.Keyframes));
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Segment index opened ({Dialect}); {Applied} migrations applied")]
    private static partial void LogOpened(ILogger logger, IndexDialect dialect, int applied);
}
