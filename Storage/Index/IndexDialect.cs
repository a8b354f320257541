namespace Vms.Storage.Index;

/// <summary>The SQL engines the segment index runs on; each has its own folder of SQL scripts.</summary>
public enum IndexDialect
{
    /// <summary>An SQLite file in the data folder (the embedded default; WAL journal).</summary>
    Sqlite,

    /// <summary>Microsoft SQL Server, for sites where several recorders share one index.</summary>
    SqlServer,
}
