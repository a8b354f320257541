using Vms.Simulators.Video;
using Vms.Simulators.Video.Rendering;

namespace Vms.Simulators.Camera;

/// <summary>
/// The camera's motion detector, a pure function of time: the synthetic scene's moving block follows a known
/// trajectory (one macroblock per frame of the main stream, bouncing off the edges), and motion is reported while the
/// block is inside the detection zone — the left quarter of the picture. At 640×360 and 12 fps the alarm is on for
/// 1.6 s of every 6 s; at 1920×1080, 4.9 s of every 17.8 s. A forced state (fault control) overrides the scene.
/// No timer runs: pull points ask for the changes between two instants and for the next change.
/// </summary>
internal sealed class SceneMotionDetector
{
    /// <summary>Most frames scanned for one question (older changes are summarized as the state at the start).</summary>
    public const int MaxFramesScanned = 100_000;

    private readonly DateTimeOffset _epoch;
    private readonly Func<VideoStreamSettings> _settings;
    private int _forced; // 0 none, 1 motion, 2 no motion

    public SceneMotionDetector(DateTimeOffset epoch, Func<VideoStreamSettings> settings)
    {
        _epoch = epoch;
        _settings = settings;
    }

    /// <summary>A forced state (true: motion, false: none) replacing the scene's, or null to follow the scene.</summary>
    public bool? Forced
    {
        get => Volatile.Read(ref _forced) switch { 1 => true, 2 => false, _ => null };
        set => Volatile.Write(ref _forced, value switch { true => 1, false => 2, null => 0 });
    }

    /// <summary>Whether there is motion at <paramref name="time"/>.</summary>
    public bool StateAt(DateTimeOffset time)
    {
        if (Forced is { } forced)
        {
            return forced;
        }

        var track = Track.Of(_settings());
        return track.InZone(track.FrameAt(time - _epoch));
    }

    /// <summary>The changes after <paramref name="from"/> (whose state was <paramref name="fromState"/>) up to and including <paramref name="to"/>.</summary>
    public IReadOnlyList<(DateTimeOffset Time, bool State)> Changes(DateTimeOffset from, bool fromState, DateTimeOffset to)
    {
        var changes = new List<(DateTimeOffset, bool)>();
        if (Forced is { } forced)
        {
            if (forced != fromState)
            {
                changes.Add((to, forced));
            }

            return changes;
        }

        var track = Track.Of(_settings());
        var first = track.FrameAt(from - _epoch);
        var last = track.FrameAt(to - _epoch);
        if (last - first > MaxFramesScanned)
        {
            first = last - MaxFramesScanned;
        }

        var state = fromState;
        for (var n = first + 1; n <= last; n++)
        {
            var s = track.InZone(n);
            if (s != state)
            {
                changes.Add((_epoch + track.TimeOf(n), s));
                state = s;
            }
        }

        return changes;
    }

    /// <summary>When the state next changes after <paramref name="after"/>, or null when it never does by itself.</summary>
    public DateTimeOffset? NextChange(DateTimeOffset after)
    {
        if (Forced is not null)
        {
            return null;
        }

        var track = Track.Of(_settings());
        var n0 = track.FrameAt(after - _epoch);
        var state = track.InZone(n0);
        for (var n = n0 + 1; n <= n0 + track.Period + 1; n++)
        {
            if (track.InZone(n) != state)
            {
                return _epoch + track.TimeOf(n);
            }
        }

        return null;
    }

    private readonly record struct Track(BouncingBlock Block, int ZoneRight, int FramesPerSecond, int Period)
    {
        public static Track Of(VideoStreamSettings s)
        {
            var block = new BouncingBlock(s.Width, s.Height);
            var range = Math.Max(0, (s.Width / 16) - (block.At(0).Width / 16));
            return new Track(block, s.Width / 4, Math.Max(1, s.FramesPerSecond), Math.Max(1, 2 * range));
        }

        public long FrameAt(TimeSpan sinceEpoch) =>
            sinceEpoch <= TimeSpan.Zero ? 0 : (long)(sinceEpoch.Ticks / (double)TimeSpan.TicksPerSecond * FramesPerSecond);

        public TimeSpan TimeOf(long frame) => TimeSpan.FromTicks((long)Math.Ceiling(frame * (double)TimeSpan.TicksPerSecond / FramesPerSecond));

        public bool InZone(long frame) => Block.At(frame).X < ZoneRight;
    }
}
