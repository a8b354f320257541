using Vms.Rtsp.Media;
using Vms.Rtsp.Server;
using Vms.Storage.Recording;

namespace Vms.Host.Streaming;

/// <summary>
/// One pull of a camera stream. <see cref="Publish"/> never waits: the live stream packetizes once into its
/// viewers' bounded queues and the recorder queues into its own bounded queue (drops counted). Disposing it
/// (the pull ended) disconnects the live viewers and closes the open segment, so the timeline shows a gap until
/// the next feed.
/// </summary>
internal sealed class HubFeed(StreamHub hub, MediaTrack[] tracks, RtspStream live) : IStreamFeed
{
    private readonly Lock _endGate = new();
    private CameraRecorder? _recorder;
    private int _ended;
    private Task? _ending;
    private long _frames;

    public RtspStream Live { get; } = live;

    /// <summary>The recorder of this feed (null when the camera does not record); swapped by the hub under its lock.</summary>
    public CameraRecorder? Recorder
    {
        get => Volatile.Read(ref _recorder);
        set => Volatile.Write(ref _recorder, value);
    }

    public void Publish(int trackIndex, AccessUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (Volatile.Read(ref _ended) != 0)
        {
            return;
        }

        if ((uint)trackIndex >= (uint)tracks.Length)
        {
            StreamingLog.UnknownTrack(hub.Logger, hub.Key, trackIndex);
            return;
        }

        var track = tracks[trackIndex];
        if (track.Kind == MediaKind.Video)
        {
            _frames++;
            hub.CountFrame(unit.ByteLength);
        }

        Live.Push(trackIndex, unit);
        Recorder?.Post(track, unit);
    }

    public ValueTask DisposeAsync() => new(EndAsync());

    /// <summary>Ends the feed once; later calls wait for the same end.</summary>
    public Task EndAsync()
    {
        lock (_endGate)
        {
            if (_ending is null)
            {
                Volatile.Write(ref _ended, 1);
                _ending = EndOnceAsync();
            }

            return _ending;
        }
    }

    private async Task EndOnceAsync()
    {
        // the live viewers are told at once (before the caller gets the task back); the rest runs off the caller
        Live.Complete("camera stream ended");
        await Task.Yield();
        hub.OnFeedEnded(this);
        var recorder = Interlocked.Exchange(ref _recorder, null);
        if (recorder is not null)
        {
            await hub.RetireRecorderAsync(recorder).ConfigureAwait(false);
        }

        StreamingLog.FeedEnded(hub.Logger, hub.Key, _frames);
    }
}
