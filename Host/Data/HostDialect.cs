namespace Vms.Host.Data;

/// <summary>The database engines the service's own tables (cameras, users, rights, audit) can live in.</summary>
public enum HostDialect
{
    /// <summary>An embedded SQLite file in the data folder (the default).</summary>
    Sqlite,

    /// <summary>A SQL Server database shared by several recorders.</summary>
    SqlServer,
}
