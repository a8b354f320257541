namespace Vms.Storage.Index.Rows;

/// <summary>Start and end of one segment, as the timeline query returns them.</summary>
internal sealed class SpanRow
{
    public long StartUs { get; set; }

    public long EndUs { get; set; }
}
