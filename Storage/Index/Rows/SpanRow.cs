namespace Vms.Storage.Index.Rows;

/// <summary>One continuous span of a timeline query.</summary>
internal sealed class SpanRow
{
    public long StartUs { get; set; }

    public long EndUs { get; set; }

    public long Segments { get; set; }
}
