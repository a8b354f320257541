using Vms.Rtsp.Media;
using Vms.Simulators.Video;
using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

/// <summary>Drives a <see cref="SyntheticVideoSource"/> frame by frame on a <see cref="ManualTimeProvider"/> and keeps what it produced.</summary>
internal sealed class SourceRecording
{
    public SourceRecording(SyntheticVideoSource source, ManualTimeProvider time)
    {
        Source = source;
        Time = time;
    }

    public SyntheticVideoSource Source { get; }

    public ManualTimeProvider Time { get; }

    public List<AccessUnit> AccessUnits { get; } = [];

    /// <summary>The I420 picture after each access unit (what a decoder must output).</summary>
    public List<byte[]> Pictures { get; } = [];

    public static SourceRecording Start(CameraScene scene, VideoStreamSettings settings, ManualTimeProvider? time = null)
    {
        time ??= new ManualTimeProvider();
        return new SourceRecording(new SyntheticVideoSource(scene, settings, time), time);
    }

    /// <summary>Moves the clock to each due time and takes the frame, <paramref name="count"/> times.</summary>
    public SourceRecording Run(int count, Action<int>? beforeFrame = null)
    {
        for (var i = 0; i < count; i++)
        {
            beforeFrame?.Invoke(AccessUnits.Count);
            var wait = Source.NextDueTime - Time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                Time.Advance(wait);
            }

            var au = Source.NextAccessUnit(Time.GetUtcNow());
            Assert.NotNull(au);
            AccessUnits.Add(au);
            Pictures.Add(Source.CopyCurrentPicture());
        }

        return this;
    }

    public async Task<string> WriteAnnexBAsync(TempDirectory dir, string name)
    {
        var path = dir.File(name);
        await using var file = File.Create(path);
        foreach (var au in AccessUnits)
        {
            await file.WriteAsync(AnnexB.Join(au.NalUnits));
        }

        return path;
    }

    public long TotalBytes => AccessUnits.Sum(a => (long)a.ByteLength);
}
