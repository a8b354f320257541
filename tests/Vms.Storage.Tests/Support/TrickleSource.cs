using Vms.Storage.Fmp4.Reading;

namespace Vms.Storage.Tests.Support;

/// <summary>A source that returns at most <paramref name="maxPerRead"/> bytes per read (short reads everywhere).</summary>
internal sealed class TrickleSource(byte[] data, int maxPerRead = 1) : IRandomAccessSource
{
    public long Length => data.Length;

    public ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (offset >= data.Length)
        {
            return ValueTask.FromResult(0);
        }

        var n = (int)Math.Min(Math.Min(buffer.Length, maxPerRead), data.Length - offset);
        data.AsSpan((int)offset, n).CopyTo(buffer.Span);
        return ValueTask.FromResult(n);
    }
}
