using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vms.Storage.Index;

/// <summary>Opens the segment index of the configured dialect, applying pending migrations.</summary>
public static class SegmentIndexFactory
{
    public static async Task<ISegmentIndex> OpenAsync(
        SegmentIndexOptions options,
        TimeProvider timeProvider,
        ILoggerFactory? loggerFactory,
        CancellationToken cancellationToken) =>
        await SqlSegmentIndex.OpenAsync(options, timeProvider, loggerFactory ?? NullLoggerFactory.Instance, cancellationToken).ConfigureAwait(false);
}
