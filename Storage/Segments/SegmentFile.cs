using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Vms.Storage.Segments;

/// <summary>
/// One segment file being written: created as <c>&lt;name&gt;.mp4.part</c>, appended fragment by fragment, and
/// finalized (mehd patched, flushed, renamed to <c>.mp4</c>). A failed append is cut back to the end of the
/// last whole fragment, so the file on disk is always valid up to <see cref="Length"/>.
/// </summary>
internal sealed class SegmentFile : IDisposable
{
    private const int MaxNameAttempts = 1000;

    private readonly SegmentStore _store;
    private ISegmentFile? _file;
    private long _mehdOffset = -1;

    private SegmentFile(SegmentStore store, ISegmentFile file, string relativePath)
    {
        _store = store;
        _file = file;
        RelativePath = relativePath;
        PartialFullPath = store.GetFullPath(relativePath) + SegmentStore.PartialSuffix;
    }

    /// <summary>Relative path the file will have once finalized.</summary>
    public string RelativePath { get; }

    public string PartialFullPath { get; }

    /// <summary>Bytes known to be whole on disk (init segment and complete fragments).</summary>
    public long Length { get; private set; }

    /// <summary>
    /// Creates the <c>.part</c> file. When a file of that name exists (a clock stepped back) the name's
    /// millisecond is bumped until it is free; the real start stays in the metadata box.
    /// </summary>
    public static SegmentFile Create(SegmentStore store, string cameraId, string streamName, DateTimeOffset startUtc)
    {
        var fs = store.FileSystem;
        for (var attempt = 0; attempt < MaxNameAttempts; attempt++)
        {
            var relative = SegmentStore.GetRelativePath(cameraId, streamName, startUtc.AddMilliseconds(attempt));
            var full = store.GetFullPath(relative);
            if (fs.FileExists(full) || fs.FileExists(full + SegmentStore.PartialSuffix))
            {
                continue;
            }

            try
            {
                return new SegmentFile(store, fs.CreateNew(full + SegmentStore.PartialSuffix), relative);
            }
            catch (IOException e) when (!StorageFullException.IsDiskFull(e) && fs.FileExists(full + SegmentStore.PartialSuffix))
            {
                // created concurrently: try the next name
            }
        }

        throw new IOException($"no free segment name near {startUtc:O} for {cameraId}/{streamName}");
    }

    /// <summary>Writes ftyp + moov; <paramref name="mehdOffset"/> is where mehd's 64-bit duration sits.</summary>
    public async ValueTask WriteInitAsync(ReadOnlyMemory<byte> init, int mehdOffset, CancellationToken cancellationToken)
    {
        await AppendAsync([init], init.Length, cancellationToken).ConfigureAwait(false);
        _mehdOffset = mehdOffset;
    }

    /// <summary>Appends one whole fragment; on failure the file is cut back to its previous length and the error rethrown typed.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask AppendAsync(IReadOnlyList<ReadOnlyMemory<byte>> pieces, long length, CancellationToken cancellationToken)
    {
        var file = _file ?? throw new ObjectDisposedException(nameof(SegmentFile));
        try
        {
            await file.WriteAsync(Length, pieces, cancellationToken).ConfigureAwait(false);
            Length += length;
        }
        catch (IOException e)
        {
            TruncateQuietly(file);
            throw Typed(e);
        }
        catch (OperationCanceledException)
        {
            TruncateQuietly(file);
            throw;
        }
    }

    public void FlushToDisk()
    {
        var file = _file ?? throw new ObjectDisposedException(nameof(SegmentFile));
        try
        {
            file.FlushToDisk();
        }
        catch (IOException e)
        {
            throw Typed(e);
        }
    }

    /// <summary>Patches mehd with the duration (movie timescale), flushes, closes and renames to <c>.mp4</c>.</summary>
    /// <returns>The file size.</returns>
    public async ValueTask<long> FinalizeAsync(ulong fragmentDuration, bool flush, CancellationToken cancellationToken)
    {
        var file = _file ?? throw new ObjectDisposedException(nameof(SegmentFile));
        try
        {
            if (_mehdOffset >= 0)
            {
                var value = new byte[8];
                BinaryPrimitives.WriteUInt64BigEndian(value, fragmentDuration);
                await file.WriteAsync(_mehdOffset, value, cancellationToken).ConfigureAwait(false);
            }

            if (flush)
            {
                file.FlushToDisk();
            }

            file.Dispose();
            _file = null;
            _store.FileSystem.Move(PartialFullPath, _store.GetFullPath(RelativePath));
            return Length;
        }
        catch (IOException e)
        {
            throw Typed(e);
        }
    }

    /// <summary>Closes and deletes the file (it holds no complete fragment).</summary>
    public void Discard()
    {
        Dispose();
        try
        {
            _store.FileSystem.Delete(PartialFullPath);
        }
        catch (IOException)
        {
            // recovery removes it on the next start
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
    }

    private void TruncateQuietly(ISegmentFile file)
    {
        try
        {
            file.SetLength(Length);
        }
        catch (IOException)
        {
            // the torn tail stays; recovery cuts it on the next start
        }
    }

    private IOException Typed(IOException e) =>
        StorageFullException.IsDiskFull(e) && e is not StorageFullException
            ? new StorageFullException($"storage full while writing {RelativePath}", e) { Path = RelativePath }
            : e;
}
