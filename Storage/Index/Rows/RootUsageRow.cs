namespace Vms.Storage.Index.Rows;

/// <summary>One row of the per-root usage query.</summary>
internal sealed class RootUsageRow
{
    public string Root { get; set; } = string.Empty;

    public long Segments { get; set; }

    public long Bytes { get; set; }
}
