namespace Vms.Storage.Index.Rows;

/// <summary>One row of the per-camera usage query.</summary>
internal sealed class CameraUsageRow
{
    public string Camera { get; set; } = string.Empty;

    public long Segments { get; set; }

    public long Bytes { get; set; }

    public long? OldestUs { get; set; }

    public long? NewestUs { get; set; }

    public long Days { get; set; }
}
