namespace Vms.Rtsp.Sdp;

/// <summary>An SDP the lenient reader still cannot accept (over a size cap, or a broken <c>m=</c> line).</summary>
public sealed class SdpFormatException : FormatException
{
    public SdpFormatException()
    {
    }

    public SdpFormatException(string message)
        : base(message)
    {
    }

    public SdpFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SdpFormatException(string message, int lineNumber)
        : base($"SDP line {lineNumber}: {message}")
    {
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based line where reading stopped, when known.</summary>
    public int? LineNumber { get; }
}
