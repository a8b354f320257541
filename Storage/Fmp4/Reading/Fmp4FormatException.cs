namespace Vms.Storage.Fmp4.Reading;

/// <summary>A file is not a (readable) fragmented MP4: a box is malformed, too large, or missing.</summary>
public sealed class Fmp4FormatException : Exception
{
    public Fmp4FormatException()
        : this("malformed fragmented MP4")
    {
    }

    public Fmp4FormatException(string message)
        : base(message)
    {
    }

    public Fmp4FormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Fmp4FormatException(string message, long offset, string? box = null, Exception? innerException = null)
        : base($"{message} (at byte {offset}{(box is null ? string.Empty : ", box " + box)})", innerException)
    {
        Offset = offset;
        Box = box;
    }

    /// <summary>File offset where the problem was found, when known.</summary>
    public long Offset { get; } = -1;

    /// <summary>The box type (four characters) involved, when known.</summary>
    public string? Box { get; }
}
