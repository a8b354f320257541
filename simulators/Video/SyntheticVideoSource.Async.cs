using System.Runtime.CompilerServices;
using Vms.Rtsp.Media;

namespace Vms.Simulators.Video;

/// <summary>The push form: an endless stream of access units paced by the time provider.</summary>
public sealed partial class SyntheticVideoSource
{
    /// <summary>
    /// Yields each access unit when it falls due, waiting on the injected <see cref="TimeProvider"/>,
    /// until <paramref name="cancellationToken"/> is cancelled (then throws <see cref="OperationCanceledException"/>).
    /// </summary>
    public async IAsyncEnumerable<AccessUnit> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // bounded by cancellation: each iteration waits for the next due time
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = NextDueTime - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            if (NextAccessUnit(_time.GetUtcNow()) is { } accessUnit)
            {
                yield return accessUnit;
            }
        }
    }
}
