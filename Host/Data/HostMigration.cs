namespace Vms.Host.Data;

/// <summary>One embedded schema script, <c>Data/Sql/&lt;Dialect&gt;/NNNN_name.sql</c>.</summary>
public sealed record HostMigration(int Version, string Name, string Script);
