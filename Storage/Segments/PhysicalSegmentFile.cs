using Microsoft.Win32.SafeHandles;

namespace Vms.Storage.Segments;

/// <summary>A file handle used with positional I/O (<see cref="RandomAccess"/>): no stream position, no user-mode buffer.</summary>
internal sealed class PhysicalSegmentFile(SafeFileHandle handle) : ISegmentFile
{
    public long Length => RandomAccess.GetLength(handle);

    public ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken) =>
        RandomAccess.ReadAsync(handle, buffer, offset, cancellationToken);

    public ValueTask WriteAsync(long offset, IReadOnlyList<ReadOnlyMemory<byte>> buffers, CancellationToken cancellationToken) =>
        RandomAccess.WriteAsync(handle, buffers, offset, cancellationToken);

    public ValueTask WriteAsync(long offset, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken) =>
        RandomAccess.WriteAsync(handle, buffer, offset, cancellationToken);

    public void SetLength(long length) => RandomAccess.SetLength(handle, length);

    public void FlushToDisk() => RandomAccess.FlushToDisk(handle);

    public void Dispose() => handle.Dispose();
}
