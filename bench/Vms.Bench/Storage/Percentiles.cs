using System.Diagnostics;
using System.Globalization;

namespace Vms.Bench.Storage;

/// <summary>Runs an async operation N times and reports p50/p99 in milliseconds.</summary>
internal static class Percentiles
{
    public static async Task<(double P50, double P99)> MeasureAsync(int count, Func<int, Task> operation)
    {
        // warm-up (JIT, page cache), not measured
        for (var i = 0; i < Math.Min(20, count); i++)
        {
            await operation(i).ConfigureAwait(false);
        }

        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            await operation(i).ConfigureAwait(false);
            samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        Array.Sort(samples);
        return (samples[count / 2], samples[(int)(0.99 * (count - 1))]);
    }

    public static string Format((double P50, double P99) p) =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {p.P50:0.000} ms, p99 {p.P99:0.000} ms");
}
