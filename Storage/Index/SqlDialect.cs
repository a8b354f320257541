using System.Data.Common;

namespace Vms.Storage.Index;

/// <summary>What differs between the SQL engines besides the SQL text itself.</summary>
internal abstract class SqlDialect
{
    public abstract IndexDialect Kind { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>An instant as a parameter of this engine's time columns.</summary>
    public abstract DbTime Time(DateTimeOffset instant);

    /// <summary>The batches of a script, executed one after the other (SQL Server: separated by <c>GO</c> lines).</summary>
    public abstract IReadOnlyList<string> SplitBatches(string script);

    /// <summary>Prepares what must exist before the first connection (SQLite: the data folder).</summary>
    public virtual void PrepareLocation(string connectionString)
    {
    }

    public static SqlDialect For(IndexDialect kind) => kind switch
    {
        IndexDialect.Sqlite => new SqliteDialect(),
        IndexDialect.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown index dialect"),
    };
}
