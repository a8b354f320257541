using Vms.Host.Streaming;
using Vms.Rtsp.Media;
using Vms.Simulators.Video;
using Vms.TestSupport;

namespace Vms.Host.Tests.Streaming;

/// <summary>
/// Plays the part of a camera supervisor on a manual clock: a synthetic H.264 camera (12 fps, a keyframe every
/// 2 s, the capture time as wall clock) whose frames are published into a feed as the clock advances.
/// </summary>
internal sealed class SyntheticFeeder
{
    public const int FramesPerSecond = 12;
    public const int GopFrames = 24;

    private readonly ManualTimeProvider _time;
    private readonly SyntheticVideoSource _source;

    public SyntheticFeeder(ManualTimeProvider time, string name)
    {
        _time = time;
        _source = new SyntheticVideoSource(
            new CameraScene(name),
            new VideoStreamSettings { Width = 320, Height = 180, FramesPerSecond = FramesPerSecond, GopFrames = GopFrames, BitrateKbps = 256 },
            time);
    }

    public IReadOnlyList<MediaTrack> Tracks => [new MediaTrack(0, _source.Parameters)];

    /// <summary>Wall clocks of every frame published so far.</summary>
    public List<DateTimeOffset> Published { get; } = [];

    /// <summary>Opens a feed on <paramref name="ingest"/> for <paramref name="cameraId"/>.</summary>
    public IStreamFeed Open(IStreamIngest ingest, string cameraId, CameraStreamKind kind = CameraStreamKind.Main) => ingest.Open(cameraId, kind, Tracks);

    /// <summary>Advances the clock frame by frame for <paramref name="frames"/> frames, publishing each one.</summary>
    public void Publish(IStreamFeed feed, int frames)
    {
        for (var i = 0; i < frames; i++)
        {
            var due = _source.NextDueTime;
            var now = _time.GetUtcNow();
            if (due > now)
            {
                _time.Advance(due - now);
            }

            var unit = _source.NextAccessUnit(_time.GetUtcNow()) ?? throw new InvalidOperationException("the synthetic source produced no frame when due");
            Published.Add(unit.WallClock!.Value);
            feed.Publish(0, unit);
        }
    }

    /// <summary>Moves the clock over a pause (camera away); the source resumes with its next frame then.</summary>
    public void Pause(TimeSpan duration) => _time.Advance(duration);
}
