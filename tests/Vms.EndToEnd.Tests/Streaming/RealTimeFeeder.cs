using Vms.Host.Streaming;
using Vms.Rtsp.Media;
using Vms.Simulators.Video;

namespace Vms.EndToEnd.Tests.Streaming;

/// <summary>
/// A camera supervisor stand-in running in real time: a synthetic H.264 camera (640×360, 12 fps, keyframe every
/// 2 s) whose frames are published into a feed as they fall due, until stopped.
/// </summary>
internal sealed class RealTimeFeeder : IAsyncDisposable
{
    private readonly SyntheticVideoSource _source;
    private readonly IStreamFeed _feed;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _published;

    public RealTimeFeeder(IStreamIngest ingest, string cameraId, CameraStreamKind kind = CameraStreamKind.Main)
    {
        _source = new SyntheticVideoSource(new CameraScene(cameraId), new VideoStreamSettings { FramesPerSecond = 12, GopFrames = 24 }, TimeProvider.System);
        _feed = ingest.Open(cameraId, kind, [new MediaTrack(0, _source.Parameters)]);
        _loop = RunAsync(_stop.Token);
    }

    /// <summary>Wall clock of the first frame published.</summary>
    public DateTimeOffset? FirstFrame { get; private set; }

    /// <summary>Completes once <paramref name="count"/> frames have been published.</summary>
    public Task PublishedAsync(int count)
    {
        lock (_gate)
        {
            if (_published >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }

    /// <summary>Stops publishing and ends the feed (the pull is over).</summary>
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

        await _feed.DisposeAsync();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));

        // bounded by the stop token: one pass per tick publishes the frames due
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            while (_source.NextAccessUnit(DateTimeOffset.UtcNow) is { } unit)
            {
                FirstFrame ??= unit.WallClock;
                _feed.Publish(0, unit);
                lock (_gate)
                {
                    _published++;
                    foreach (var w in _waiters.Where(w => w.Count <= _published).ToList())
                    {
                        w.Done.TrySetResult();
                        _waiters.Remove(w);
                    }
                }
            }
        }
    }
}
