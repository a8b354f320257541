using Vms.Host.Streaming;
using Vms.Rtsp.Media;

namespace Vms.Host.Tests.Cameras;

/// <summary>One feed of <see cref="CountingStreamIngest"/>: the video timestamps received, and whether it was disposed.</summary>
internal sealed class CountingStreamFeed(CountingStreamIngest owner, string cameraId, CameraStreamKind stream, IReadOnlyList<MediaTrack> tracks) : IStreamFeed
{
    private readonly Lock _gate = new();
    private readonly List<long> _videoPts = [];
    private int _units;
    private bool _disposed;

    public string CameraId { get; } = cameraId;

    public CameraStreamKind Stream { get; } = stream;

    public IReadOnlyList<MediaTrack> Tracks { get; } = tracks;

    public int Units => Volatile.Read(ref _units);

    public bool Disposed => Volatile.Read(ref _disposed);

    public IReadOnlyList<long> VideoPts
    {
        get
        {
            lock (_gate)
            {
                return [.. _videoPts];
            }
        }
    }

    public void Publish(int trackIndex, AccessUnit unit)
    {
        Assert.False(Disposed, "published after dispose");
        Interlocked.Increment(ref _units);
        if (Tracks[trackIndex].Kind == MediaKind.Video)
        {
            lock (_gate)
            {
                _videoPts.Add(unit.Pts);
            }
        }

        owner.Notify();
    }

    public ValueTask DisposeAsync()
    {
        Volatile.Write(ref _disposed, true);
        owner.Notify();
        return ValueTask.CompletedTask;
    }
}
