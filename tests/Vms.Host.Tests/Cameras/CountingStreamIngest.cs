using Vms.Host.Streaming;
using Vms.Rtsp.Media;

namespace Vms.Host.Tests.Cameras;

/// <summary>A test <see cref="IStreamIngest"/>: keeps every feed opened, counts and timestamps what is published.</summary>
internal sealed class CountingStreamIngest : IStreamIngest
{
    private readonly Lock _gate = new();
    private readonly List<CountingStreamFeed> _feeds = [];
    private readonly List<(Func<CountingStreamIngest, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<CountingStreamFeed> Feeds
    {
        get
        {
            lock (_gate)
            {
                return [.. _feeds];
            }
        }
    }

    public IStreamFeed Open(string cameraId, CameraStreamKind stream, IReadOnlyList<MediaTrack> tracks)
    {
        var feed = new CountingStreamFeed(this, cameraId, stream, tracks);
        lock (_gate)
        {
            _feeds.Add(feed);
        }

        Notify();
        return feed;
    }

    /// <summary>Completes when <paramref name="done"/> holds (checked at every open, publish and dispose).</summary>
    public Task WaitAsync(Func<CountingStreamIngest, bool> done)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((done, signal));
        }

        Notify();
        return signal.Task;
    }

    internal void Notify()
    {
        (Func<CountingStreamIngest, bool> Done, TaskCompletionSource Signal)[] waiters;
        lock (_gate)
        {
            waiters = [.. _waiters];
        }

        foreach (var waiter in waiters)
        {
            if (waiter.Done(this))
            {
                lock (_gate)
                {
                    _waiters.Remove(waiter);
                }

                waiter.Signal.TrySetResult();
            }
        }
    }
}
