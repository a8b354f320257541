using Vms.Rtsp.Media;
using Vms.Rtsp.Server;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>
/// A recording made of the clip played twice with a hole of <see cref="Hole"/> between the two copies (squeezed out
/// of the timestamps, marked on the first unit after it), each unit recorded at <see cref="Start"/> + its time.
/// </summary>
internal sealed class ClipPlaybackSource(H264Clip clip) : IRtspPlaybackSource
{
    public static readonly DateTimeOffset Start = new(2026, 7, 1, 8, 0, 0, 125, TimeSpan.Zero);
    public static readonly TimeSpan Hole = TimeSpan.FromSeconds(30);

    private int _next;

    public IReadOnlyList<MediaTrack> Tracks { get; } = [clip.Track];

    public int Count => clip.Units.Count * 2;

    public RtspPlaybackRange Range => new(WallClock(Count - 1) - Start, Start, WallClock(Count - 1));

    /// <summary>The recorded time of unit <paramref name="n"/>.</summary>
    public DateTimeOffset WallClock(int n) =>
        Start.AddTicks(n * TimeSpan.TicksPerSecond / H264Clip.FramesPerSecond) + (n >= clip.Units.Count ? Hole : TimeSpan.Zero);

    public bool IsKeyframe(int n) => clip.Units[n % clip.Units.Count].IsKeyframe;

    public ValueTask<RtspPlaybackPosition> SeekAsync(RtspSeekRequest request, CancellationToken cancellationToken)
    {
        var target = request.Clock ?? Start + (request.Npt ?? TimeSpan.Zero);
        _next = 0;
        for (var n = 0; n < Count && WallClock(n) <= target; n++)
        {
            if (IsKeyframe(n))
            {
                _next = n;
            }
        }

        return ValueTask.FromResult(new RtspPlaybackPosition(WallClock(_next) - Start, WallClock(_next)));
    }

    public ValueTask<RtspPlaybackUnit?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_next >= Count)
        {
            return ValueTask.FromResult<RtspPlaybackUnit?>(null);
        }

        var n = _next++;
        var original = clip.Units[n % clip.Units.Count];
        var time = n * H264Clip.FrameTicks;
        var unit = new AccessUnit(original.Codec, original.NalUnits, time, time, original.IsKeyframe, WallClock(n));
        return ValueTask.FromResult<RtspPlaybackUnit?>(new RtspPlaybackUnit(0, unit) { FollowsGap = n == clip.Units.Count });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
