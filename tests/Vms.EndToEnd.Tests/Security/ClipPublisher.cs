using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.EndToEnd.Tests.Security;

/// <summary>Pushes a clip into a live <see cref="RtspStream"/> at its frame rate, looping with continuous timestamps, like a camera.</summary>
internal sealed class ClipPublisher : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ClipPublisher(H264Clip clip, RtspStream stream)
    {
        Stream = stream;
        _loop = RunAsync(clip, stream, _stop.Token);
    }

    public RtspStream Stream { get; }

    /// <summary>Frames pushed so far.</summary>
    public long Pushed => Interlocked.Read(ref _pushed);

    private long _pushed;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task RunAsync(H264Clip clip, RtspStream stream, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / H264Clip.FramesPerSecond));
        for (long n = 0; !cancellationToken.IsCancellationRequested; n++)
        {
            var unit = clip.Units[(int)(n % clip.Units.Count)];
            var pts = n * H264Clip.FrameTicks;
            stream.Push(0, new AccessUnit(CodecId.H264, unit.NalUnits, pts, pts, unit.IsKeyframe, DateTimeOffset.UtcNow));
            Interlocked.Increment(ref _pushed);
            await timer.WaitForNextTickAsync(cancellationToken);
        }
    }
}
