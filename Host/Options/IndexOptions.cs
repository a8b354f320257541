namespace Vms.Host.Options;

/// <summary>The SQL index: SQLite in the data folder by default, SQL Server for sites that share one index.</summary>
public sealed class IndexOptions
{
    /// <summary><c>Sqlite</c> or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty for SQLite means <c>DataFolder/index.db</c>. For SQL Server, use <c>Encrypt=true</c>
    /// without <c>TrustServerCertificate</c> (the client library version in use predates the CVE-2024-0056 fix).</summary>
    public string? ConnectionString { get; set; }
}
