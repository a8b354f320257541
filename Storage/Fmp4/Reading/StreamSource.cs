namespace Vms.Storage.Fmp4.Reading;

/// <summary>A seekable <see cref="Stream"/> as a random-access source (for files that are not in the store).</summary>
internal sealed class StreamSource : IRandomAccessSource, IDisposable
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public StreamSource(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || !stream.CanRead)
        {
            throw new ArgumentException("the stream must be readable and seekable", nameof(stream));
        }

        _stream = stream;
    }

    public long Length => _stream.Length;

    public async ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _stream.Position = offset;
            return await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases the gate; the stream stays open (its owner disposes it).</summary>
    public void Dispose() => _gate.Dispose();
}
