namespace Vms.Storage.Index;

/// <summary>The index could not do what was asked (bad schema, unreadable row, failed migration).</summary>
public sealed class SegmentIndexException : Exception
{
    public SegmentIndexException()
    {
    }

    public SegmentIndexException(string message)
        : base(message)
    {
    }

    public SegmentIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
