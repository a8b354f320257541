namespace Vms.Rtsp.Messages;

/// <summary>Size caps of <see cref="RtspFrameParser"/>. Exceeding one rejects the input with the given status.</summary>
public sealed record RtspParserOptions
{
    /// <summary>Default caps: 8 KiB header block, 100 header lines, 64 KiB body, 4 KiB request line.</summary>
    public static RtspParserOptions Default { get; } = new();

    /// <summary>Start line + header lines + the empty line (431 when exceeded).</summary>
    public int MaxHeaderBytes { get; init; } = 8 * 1024;

    /// <summary>Header lines, continuation lines included (431 when exceeded).</summary>
    public int MaxHeaderCount { get; init; } = 100;

    /// <summary>Content-Length (413 when exceeded).</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>The request or status line (414 for a request line, 400 for a status line).</summary>
    public int MaxStartLineBytes { get; init; } = 4 * 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHeaderBytes, 64, nameof(MaxHeaderBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHeaderCount, 1, nameof(MaxHeaderCount));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxBodyBytes, nameof(MaxBodyBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStartLineBytes, 16, nameof(MaxStartLineBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxStartLineBytes, MaxHeaderBytes, nameof(MaxStartLineBytes));
    }
}
