namespace Vms.Storage.Export;

/// <summary>An export could not be produced (nothing recorded, unreadable segment, parameters changed mid-range).</summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
