using System.Collections.Concurrent;
using System.Diagnostics;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Bench.Rtsp;

/// <summary>Pushes the clip into a live stream at its frame rate (looped, continuous timestamps) and notes when each picture was pushed.</summary>
internal sealed class ClipPublisher : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ClipPublisher(FanoutClip clip, RtspStream stream, int fps)
    {
        _loop = RunAsync(clip, stream, fps, _stop.Token);
    }

    /// <summary>RTP timestamp → <see cref="Stopwatch.GetTimestamp"/> just before the push (the last minute).</summary>
    public ConcurrentDictionary<uint, long> PushedAt { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task RunAsync(FanoutClip clip, RtspStream stream, int fps, CancellationToken cancellationToken)
    {
        var frame = 90_000L / fps;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / fps));
        for (long n = 0; !cancellationToken.IsCancellationRequested; n++)
        {
            var unit = clip.Units[(int)(n % clip.Units.Count)];
            var pts = n * frame;
            var rtp = stream.RtpTime(0, pts);
            PushedAt[rtp] = Stopwatch.GetTimestamp();
            PushedAt.TryRemove(stream.RtpTime(0, pts - (60 * fps * frame)), out _);
            stream.Push(0, new AccessUnit(CodecId.H264, unit.NalUnits, pts, pts, unit.IsKeyframe));
            await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
