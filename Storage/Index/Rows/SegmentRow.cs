namespace Vms.Storage.Index.Rows;

/// <summary>A <c>segments</c> row as every dialect's queries return it (times in microseconds).</summary>
internal sealed class SegmentRow
{
    public long Id { get; set; }

    public string Root { get; set; } = string.Empty;

    public string Camera { get; set; } = string.Empty;

    public string Stream { get; set; } = string.Empty;

    public long StartUs { get; set; }

    public long EndUs { get; set; }

    public string Path { get; set; } = string.Empty;

    public long Bytes { get; set; }

    public string Codec { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }

    public int Frames { get; set; }

    public int Keyframes { get; set; }
}
