using Vms.Storage.Segments;

namespace Vms.Storage.Tests.Support;

/// <summary>
/// The real file system with a space budget: once <see cref="RemainingBytes"/> is used up, a write that grows a
/// file stores what still fits (a torn write) and throws the IOException the OS gives for a full disk (ENOSPC). Also counts
/// flushes to disk.
/// </summary>
internal sealed class FaultInjectingFileSystem : ISegmentFileSystem
{
    private readonly PhysicalSegmentFileSystem _inner = PhysicalSegmentFileSystem.Instance;

    /// <summary>Bytes that may still be written; null for no limit.</summary>
    public long? RemainingBytes { get; set; }

    public int Flushes { get; private set; }

    public int FailedWrites { get; private set; }

    public ISegmentFile CreateNew(string path) => new FaultyFile(this, _inner.CreateNew(path));

    public ISegmentFile Open(string path, bool writable) => new FaultyFile(this, _inner.Open(path, writable));

    public void Move(string source, string destination) => _inner.Move(source, destination);

    public void Delete(string path) => _inner.Delete(path);

    public bool FileExists(string path) => _inner.FileExists(path);

    public bool DirectoryExists(string path) => _inner.DirectoryExists(path);

    public IEnumerable<string> EnumerateFiles(string directory, string pattern, bool recursive) => _inner.EnumerateFiles(directory, pattern, recursive);

    public IEnumerable<string> EnumerateDirectories(string directory) => _inner.EnumerateDirectories(directory);

    /// <summary>The exception .NET raises on Linux for ENOSPC (HResult = errno 28).</summary>
    public static IOException DiskFull() => new("No space left on device", 28);

    private sealed class FaultyFile(FaultInjectingFileSystem owner, ISegmentFile inner) : ISegmentFile
    {
        public long Length => inner.Length;

        public ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken) =>
            inner.ReadAsync(offset, buffer, cancellationToken);

        public async ValueTask WriteAsync(long offset, IReadOnlyList<ReadOnlyMemory<byte>> buffers, CancellationToken cancellationToken)
        {
            foreach (var b in buffers)
            {
                await WriteAsync(offset, b, cancellationToken);
                offset += b.Length;
            }
        }

        public async ValueTask WriteAsync(long offset, ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
        {
            // overwriting existing bytes needs no new blocks; only growth uses the budget
            var growth = Math.Max(0, offset + buffer.Length - Math.Max(offset, inner.Length));
            if (owner.RemainingBytes is { } left && growth > left)
            {
                var fits = (int)Math.Max(0, Math.Max(offset, inner.Length) - offset + left);
                if (fits > 0)
                {
                    await inner.WriteAsync(offset, buffer[..fits], cancellationToken);
                }

                owner.RemainingBytes = 0;
                owner.FailedWrites++;
                throw DiskFull();
            }

            await inner.WriteAsync(offset, buffer, cancellationToken);
            if (owner.RemainingBytes is not null)
            {
                owner.RemainingBytes -= growth;
            }
        }

        public void SetLength(long length) => inner.SetLength(length);

        public void FlushToDisk()
        {
            owner.Flushes++;
            inner.FlushToDisk();
        }

        public void Dispose() => inner.Dispose();
    }
}
