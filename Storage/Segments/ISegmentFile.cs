using Vms.Storage.Fmp4.Reading;

namespace Vms.Storage.Segments;

/// <summary>An open segment file: positional reads and writes, truncation, and flushing to stable storage.</summary>
internal interface ISegmentFile : IRandomAccessSource, IDisposable
{
    /// <summary>Writes the buffers back to back at <paramref name="offset"/> (one gathered write when the platform allows).</summary>
    ValueTask WriteAsync(long offset, IReadOnlyList<ReadOnlyMemory<byte>> buffers, CancellationToken cancellationToken);

    ValueTask WriteAsync(long offset, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Truncates (or extends) the file.</summary>
    void SetLength(long length);

    /// <summary>Flushes written data to the storage device (fsync).</summary>
    void FlushToDisk();
}
