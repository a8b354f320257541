namespace Vms.Storage.Index.Rows;

/// <summary>A <c>legal_holds</c> row.</summary>
internal sealed class HoldRow
{
    public long Id { get; set; }

    public string Camera { get; set; } = string.Empty;

    public long FromUs { get; set; }

    public long ToUs { get; set; }

    public string Reference { get; set; } = string.Empty;

    public string PlacedBy { get; set; } = string.Empty;

    public long PlacedAtUs { get; set; }

    public string? ReleasedBy { get; set; }

    public long? ReleasedAtUs { get; set; }
}
