namespace Vms.Storage.Index.Rows;

/// <summary>A <c>schema_version</c> row.</summary>
internal sealed class SchemaVersionRow
{
    public long Version { get; set; }

    public string Name { get; set; } = string.Empty;
}
