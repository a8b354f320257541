namespace Vms.Storage.Export;

/// <summary>What the top-level structure of an exported MP4 shows.</summary>
internal sealed record ExportFileInspection(IReadOnlyList<string> TopLevelBoxes, byte[]? RecordJson, long? SampleCount)
{
    /// <summary>True when moov comes before mdat (faststart).</summary>
    public bool MovieFirst
    {
        get
        {
            var moov = TopLevelBoxes.ToList().IndexOf("moov");
            var mdat = TopLevelBoxes.ToList().IndexOf("mdat");
            return moov >= 0 && mdat > moov;
        }
    }
}
