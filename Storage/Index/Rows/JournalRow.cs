namespace Vms.Storage.Index.Rows;

/// <summary>A <c>destruction_journal</c> row (times in microseconds, kind as stored text).</summary>
internal sealed class JournalRow
{
    public long Seq { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Camera { get; set; } = string.Empty;

    public string Stream { get; set; } = string.Empty;

    public long StartUs { get; set; }

    public long EndUs { get; set; }

    public long Bytes { get; set; }

    public string Path { get; set; } = string.Empty;

    public string Actor { get; set; } = string.Empty;

    public long AtUs { get; set; }

    public string Reference { get; set; } = string.Empty;

    public string PrevHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
