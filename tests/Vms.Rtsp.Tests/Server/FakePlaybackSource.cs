using System.Collections.Concurrent;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

/// <summary>Test double of a recording player: 10 s of 12 fps video, a keyframe every second, starting at <see cref="Start"/>.</summary>
internal sealed class FakePlaybackSource : IRtspPlaybackSource
{
    public const int Fps = 12;
    public const int Frames = 120;
    public static readonly DateTimeOffset Start = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

    private int _next;

    public IReadOnlyList<MediaTrack> Tracks { get; } = [TestMedia.Video()];

    public RtspPlaybackRange Range { get; } = new(TimeSpan.FromSeconds(10), Start, Start.AddSeconds(10));

    public ConcurrentQueue<RtspSeekRequest> Seeks { get; } = new();

    public bool Disposed { get; private set; }

    public ValueTask<RtspPlaybackPosition> SeekAsync(RtspSeekRequest request, CancellationToken cancellationToken)
    {
        Seeks.Enqueue(request);
        var offset = request.Npt ?? (request.Clock - Start) ?? TimeSpan.Zero;
        if (offset < TimeSpan.Zero || offset >= TimeSpan.FromSeconds(10))
        {
            throw new RtspPlaybackException($"{offset} is outside the recording");
        }

        var frame = (int)(offset.TotalSeconds * Fps) / Fps * Fps; // the keyframe at or before
        _next = frame;
        var npt = TimeSpan.FromSeconds((double)frame / Fps);
        return ValueTask.FromResult(new RtspPlaybackPosition(npt, Start + npt));
    }

    public ValueTask<RtspPlaybackUnit?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_next >= Frames)
        {
            return ValueTask.FromResult<RtspPlaybackUnit?>(null);
        }

        var n = _next++;
        var pts = n * (90_000L / Fps);
        var unit = n % Fps == 0 ? TestMedia.Idr(pts) : TestMedia.P(pts);
        return ValueTask.FromResult<RtspPlaybackUnit?>(new RtspPlaybackUnit(0, unit));
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
