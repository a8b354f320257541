namespace Vms.Storage.Fmp4.Reading;

/// <summary>Bytes readable at any offset (a file handle, or a seekable stream).</summary>
internal interface IRandomAccessSource
{
    /// <summary>Current length in bytes.</summary>
    long Length { get; }

    /// <summary>Reads up to <paramref name="buffer"/>.Length bytes at <paramref name="offset"/>; 0 at the end.</summary>
    ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken);
}
