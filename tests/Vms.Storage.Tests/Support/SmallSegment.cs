using Vms.Storage.Segments;

namespace Vms.Storage.Tests.Support;

/// <summary>A finalized segment of the first second of the H.264 clip in 0.25 s fragments, as bytes (small enough to cut at every offset).</summary>
internal static class SmallSegment
{
    private static readonly Lazy<Task<byte[]>> Cached = new(CreateAsync);

    public static Task<byte[]> BytesAsync() => Cached.Value;

    private static async Task<byte[]> CreateAsync()
    {
        var clip = TestClip.H264();
        await using var h = new SegmentWriterHarness(new SegmentWriterOptions { Fsync = FsyncPolicy.None, MaxFragmentDuration = TimeSpan.FromSeconds(0.25) });
        await h.WriteAllAsync(clip.Track, clip.Units.Take(12));
        var info = await h.Writer.CloseAsync(CancellationToken.None);
        return await File.ReadAllBytesAsync(h.FullPath(info!));
    }
}
