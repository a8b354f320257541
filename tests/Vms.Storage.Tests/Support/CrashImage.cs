using Vms.Storage.Fmp4.Reading;
using Vms.Storage.Segments;

namespace Vms.Storage.Tests.Support;

/// <summary>
/// The bytes of a segment as a crash finds it: written by the real writer, never closed (its last fragment was
/// still in memory), read from the <c>.part</c> file. Also the fragment layout, to know what must survive a cut.
/// </summary>
internal sealed record CrashImage(string RelativePartialPath, byte[] Bytes, long MovieEnd, IReadOnlyList<(long End, int Frames)> Fragments, long MehdOffset)
{
    public static async Task<CrashImage> CreateAsync(TestClip clip, int units = int.MaxValue)
    {
        await using var h = new SegmentWriterHarness();
        await h.WriteAllAsync(clip.Track, clip.Units.Take(units));
        var relative = h.Writer.CurrentRelativePath! + SegmentStore.PartialSuffix;
        byte[] bytes;
        using (var fs = new FileStream(h.Store.GetFullPath(relative), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            bytes = new byte[fs.Length];
            fs.ReadExactly(bytes);
        }

        using var source = new StreamSource(new MemoryStream(bytes));
        var demuxer = await Fmp4Demuxer.OpenAsync(source, null, CancellationToken.None);
        var scan = await demuxer.ScanAsync(verifyChecksums: true, CancellationToken.None);
        Assert.Equal(Fmp4ScanStop.EndOfFile, scan.Stop);
        var fragments = scan.Fragments.Select(f => (f.End, f.Runs[0].Samples.Length)).ToList();
        return new CrashImage(relative, bytes, demuxer.Movie.MovieEnd, fragments, demuxer.Movie.MehdDurationOffset);
    }

    /// <summary>How many fragments lie wholly before <paramref name="cut"/>, and their frames.</summary>
    public (int Fragments, int Frames, long End) CompleteBefore(long cut)
    {
        var n = 0;
        var frames = 0;
        long end = 0;
        foreach (var (fragmentEnd, f) in Fragments)
        {
            if (fragmentEnd > cut)
            {
                break;
            }

            n++;
            frames += f;
            end = fragmentEnd;
        }

        return (n, frames, end);
    }
}
