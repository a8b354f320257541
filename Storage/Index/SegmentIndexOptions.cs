namespace Vms.Storage.Index;

/// <summary>
/// How to reach the index and how to batch its writes. For SQL Server the connection string must use
/// <c>Encrypt=true</c> without <c>TrustServerCertificate</c>: the client library version in use predates the
/// CVE-2024-0056 fix, which is only safe with certificate validation on.
/// </summary>
public sealed record SegmentIndexOptions
{
    /// <summary>The file name of the SQLite index inside the data folder.</summary>
    public const string SqliteFileName = "index.db";

    public required IndexDialect Dialect { get; init; }

    public required string ConnectionString { get; init; }

    /// <summary>The longest a queued segment waits before its batch is committed.</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A batch is committed as soon as it holds this many rows.</summary>
    public int BatchMaxRows { get; init; } = 500;

    /// <summary>Queued segments beyond this make <c>EnqueueAsync</c> wait (back-pressure, never unbounded memory).</summary>
    public int QueueCapacity { get; init; } = 20_000;

    /// <summary>How many times a failed batch commit is retried before the batch is given up (reconcile restores it).</summary>
    public int CommitAttempts { get; init; } = 5;

    /// <summary>Seconds a command may run (also the SQLite busy wait).</summary>
    public int CommandTimeoutSeconds { get; init; } = 30;

    /// <summary>The embedded default: <c>index.db</c> in <paramref name="dataFolder"/>.</summary>
    public static SegmentIndexOptions ForSqliteFolder(string dataFolder) => new()
    {
        Dialect = IndexDialect.Sqlite,
        ConnectionString = "Data Source=" + Path.Combine(dataFolder, SqliteFileName) + ";Pooling=True",
    };

    /// <summary>A shared SQL Server database (see the class remarks on encryption).</summary>
    public static SegmentIndexOptions ForSqlServer(string connectionString) => new()
    {
        Dialect = IndexDialect.SqlServer,
        ConnectionString = connectionString,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("the index connection string is empty", nameof(ConnectionString));
        }

        if (BatchInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"BatchInterval must be positive, was {BatchInterval}", nameof(BatchInterval));
        }

        if (BatchMaxRows is < 1 or > 100_000)
        {
            throw new ArgumentException($"BatchMaxRows must be 1..100000, was {BatchMaxRows}", nameof(BatchMaxRows));
        }

        if (QueueCapacity < BatchMaxRows)
        {
            throw new ArgumentException($"QueueCapacity ({QueueCapacity}) must be at least BatchMaxRows ({BatchMaxRows})", nameof(QueueCapacity));
        }

        if (CommitAttempts < 1 || CommandTimeoutSeconds < 1)
        {
            throw new ArgumentException("CommitAttempts and CommandTimeoutSeconds must be at least 1");
        }
    }
}
