namespace Vms.Storage.Index.Rows;

/// <summary>The last journal entry's sequence number and hash.</summary>
internal sealed class JournalHeadRow
{
    public long Seq { get; set; }

    public string Hash { get; set; } = string.Empty;
}
