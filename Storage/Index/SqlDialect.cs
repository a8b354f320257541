using System.Data.Common;

namespace Vms.Storage.Index;

/// <summary>What differs between the SQL engines besides the SQL text itself.</summary>
internal abstract class SqlDialect
{
    public abstract IndexDialect Kind { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>An instant as a parameter of this engine's time columns.</summary>
    public abstract DbTime Time(DateTimeOffset instant);

    /// <summary>The parameter type of this engine's time columns.</summary>
    public abstract System.Data.DbType TimeDbType { get; }

    /// <summary>The parameter value of an instant in this engine's time columns.</summary>
    public object TimeValue(DateTimeOffset instant) => Time(instant).Value;

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
