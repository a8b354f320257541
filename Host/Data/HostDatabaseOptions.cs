namespace Vms.Host.Data;

/// <summary>Where the service's own tables live.</summary>
public sealed record HostDatabaseOptions
{
    /// <summary>The SQLite file name inside the data folder.</summary>
    public const string SqliteFileName = "vms.db";

    public required HostDialect Dialect { get; init; }

    public required string ConnectionString { get; init; }

    public int CommandTimeoutSeconds { get; init; } = 30;

    public static HostDatabaseOptions ForSqliteFolder(string dataFolder) => new()
    {
        Dialect = HostDialect.Sqlite,
        ConnectionString = "Data Source=" + Path.Combine(dataFolder, SqliteFileName) + ";Pooling=True",
    };

    public static HostDatabaseOptions ForSqlServer(string connectionString) => new()
    {
        Dialect = HostDialect.SqlServer,
        ConnectionString = connectionString,
    };
}
