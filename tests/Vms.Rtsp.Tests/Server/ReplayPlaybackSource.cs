using System.Collections.Concurrent;
using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Rtsp.Tests.Server;

/// <summary>
/// Test double of a recording with wall clocks: 120 frames at 12 fps (a keyframe every 12), recorded from
/// <see cref="Start"/>; optionally a 30 s hole after frame <see cref="GapAfter"/> (squeezed out of the timestamps,
/// as the service's recordings are), marked on the first unit after it or not. P pictures are <c>frameSize</c> bytes.
/// </summary>
internal sealed class ReplayPlaybackSource(bool withGap = false, bool markGap = true, int frameSize = 50) : IRtspPlaybackSource
{
    public const int Fps = 12;
    public const int Frames = 120;
    public const int GapAfter = 59;
    public static readonly DateTimeOffset Start = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Hole = TimeSpan.FromSeconds(30);

    private int _next;

    public IReadOnlyList<MediaTrack> Tracks { get; } = [TestMedia.Video()];

    public RtspPlaybackRange Range => new(End - Start, Start, End);

    public DateTimeOffset End => Start.AddSeconds(10) + (withGap ? Hole : TimeSpan.Zero);

    public ConcurrentQueue<RtspSeekRequest> Seeks { get; } = new();

    /// <summary>The recorded time of frame <paramref name="n"/>.</summary>
    public DateTimeOffset WallClock(int n) => Start.AddTicks(n * TimeSpan.TicksPerSecond / Fps) + (withGap && n > GapAfter ? Hole : TimeSpan.Zero);

    public ValueTask<RtspPlaybackPosition> SeekAsync(RtspSeekRequest request, CancellationToken cancellationToken)
    {
        Seeks.Enqueue(request);
        var frame = 0;
        if (request.Clock is { } clock)
        {
            while (frame + 1 < Frames && WallClock(frame + 1) <= clock)
            {
                frame++;
            }
        }
        else if (request.Npt is { } npt)
        {
            frame = Math.Min(Frames - 1, (int)(npt.TotalSeconds * Fps));
        }

        _next = frame / Fps * Fps; // the keyframe at or before
        return ValueTask.FromResult(new RtspPlaybackPosition(WallClock(_next) - Start, WallClock(_next)));
    }

    public ValueTask<RtspPlaybackUnit?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_next >= Frames)
        {
            return ValueTask.FromResult<RtspPlaybackUnit?>(null);
        }

        var n = _next++;
        var pts = n * (90_000L / Fps);
        var unit = (n % Fps == 0 ? TestMedia.Idr(pts) : TestMedia.P(pts, frameSize)).WithWallClock(WallClock(n));
        return ValueTask.FromResult<RtspPlaybackUnit?>(new RtspPlaybackUnit(0, unit) { FollowsGap = withGap && markGap && n == GapAfter + 1 });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
