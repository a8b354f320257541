namespace Vms.Storage.Fmp4.Reading;

internal static class RandomAccessSourceExtensions
{
    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/>; returns the bytes read (short only at the end).</summary>
    public static async ValueTask<int> ReadAtLeastAsync(this IRandomAccessSource source, long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await source.ReadAsync(offset + total, buffer[total..], cancellationToken).ConfigureAwait(false);
            if (n <= 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
