using Microsoft.Extensions.Logging.Abstractions;
using Vms.Storage.Segments;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Segments;

public sealed class SegmentRecoveryTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task RecoverAsync_CutAtRandomOffsets_KeepsEveryCompleteFragment(int seed)
    {
        var image = await CrashImage.CreateAsync(TestClip.H264());
        var random = new Random(seed);
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        for (var i = 0; i < 10; i++)
        {
            var cut = random.NextInt64(0, image.Bytes.Length + 1);
            await AssertRecoversAsync(store, image, cut);
        }
    }

    [Fact]
    public async Task RecoverAsync_CutAtEveryFragmentBoundary_KeepsTheFragmentsBeforeIt()
    {
        var image = await CrashImage.CreateAsync(TestClip.H264());
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        var cuts = new List<long> { 0, 7, 31, image.MovieEnd - 1, image.MovieEnd, image.MovieEnd + 1 };
        foreach (var (end, _) in image.Fragments)
        {
            cuts.AddRange([end - 33, end - 32, end - 1, end, end + 1]); // inside/at the edge of the check box
        }

        foreach (var cut in cuts.Where(c => c >= 0 && c <= image.Bytes.Length))
        {
            await AssertRecoversAsync(store, image, cut);
        }
    }

    [Theory]
    [InlineData(100, null)] // from inside the last moof
    [InlineData(-1032, "CRC")] // the last 1000 bytes of the last mdat only: headers intact, data zero
    public async Task RecoverAsync_ZeroFilledTail_CutsTheZeroedFragment(int from, string? problem)
    {
        // power loss with delayed allocation: the size grew but the last fragment's blocks read as zeros
        var image = await CrashImage.CreateAsync(TestClip.H264());
        var bytes = image.Bytes.ToArray();
        var lastStart = image.Fragments[^2].End;
        var zeroFrom = from > 0 ? (int)lastStart + from : bytes.Length + from;
        Array.Clear(bytes, zeroFrom, bytes.Length - zeroFrom - (from > 0 ? 0 : 32));
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        await WritePartAsync(store, image.RelativePartialPath, bytes);

        var report = await new SegmentRecovery(store, NullLogger<SegmentRecovery>.Instance).RecoverAsync(CancellationToken.None);

        var r = Assert.Single(report.Recovered);
        Assert.Equal(image.Fragments.Count - 1, r.Info.KeyframeCount);
        Assert.Equal(bytes.Length - lastStart, r.BytesCut);
        Assert.NotNull(r.Problem);
        Assert.Contains(problem ?? string.Empty, r.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecoverAsync_GarbageFile_IsRemovedAndReported()
    {
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        var garbage = new byte[5000];
        new Random(9).NextBytes(garbage);
        const string relative = "cam-1/2026/07/01/10/20260701T100000.000Z_main.mp4.part";
        await WritePartAsync(store, relative, garbage);

        var report = await new SegmentRecovery(store, NullLogger<SegmentRecovery>.Instance).RecoverAsync(CancellationToken.None);

        Assert.Empty(report.Recovered);
        Assert.Equal(relative, Assert.Single(report.Removed).RelativePath);
        Assert.False(File.Exists(store.GetFullPath(relative)));
    }

    [Fact]
    public async Task RecoverAsync_RunTwice_SecondRunFindsNothing()
    {
        var image = await CrashImage.CreateAsync(TestClip.H264());
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        await WritePartAsync(store, image.RelativePartialPath, image.Bytes);
        var recovery = new SegmentRecovery(store, NullLogger<SegmentRecovery>.Instance);

        var first = await recovery.RecoverAsync(CancellationToken.None);
        var second = await recovery.RecoverAsync(CancellationToken.None);

        Assert.Single(first.Recovered);
        Assert.Equal(0, first.Recovered[0].BytesCut);
        Assert.Empty(second.Recovered);
        Assert.Empty(second.Removed);
    }

    internal static async Task<RecoveryReport> AssertRecoversAsync(SegmentStore store, CrashImage image, long cut)
    {
        var final = store.GetFullPath(image.RelativePartialPath[..^SegmentStore.PartialSuffix.Length]);
        if (File.Exists(final))
        {
            File.Delete(final);
        }

        await WritePartAsync(store, image.RelativePartialPath, image.Bytes.AsSpan(0, (int)cut).ToArray());
        var report = await new SegmentRecovery(store, NullLogger<SegmentRecovery>.Instance).RecoverAsync(CancellationToken.None);
        var (fragments, frames, end) = image.CompleteBefore(cut);

        Assert.Empty(report.Failed);
        Assert.False(File.Exists(store.GetFullPath(image.RelativePartialPath)), $"cut {cut}: .part left behind");
        if (fragments == 0)
        {
            Assert.Empty(report.Recovered);
            Assert.Equal(cut, Assert.Single(report.Removed).Bytes);
            Assert.False(File.Exists(final), $"cut {cut}: a segment without fragments was kept");
            return report;
        }

        var recovered = Assert.Single(report.Recovered);
        Assert.True(frames == recovered.Info.FrameCount, $"cut {cut}: {recovered.Info.FrameCount} frames kept, {frames} expected");
        Assert.Equal(end, recovered.Info.Bytes);
        Assert.Equal(cut - end, recovered.BytesCut);

        var bytes = await File.ReadAllBytesAsync(final);
        Assert.Equal(end, bytes.Length);
        // byte for byte what was written, except mehd's duration which recovery fills in
        Assert.True(bytes.AsSpan(0, (int)image.MehdOffset).SequenceEqual(image.Bytes.AsSpan(0, (int)image.MehdOffset)));
        Assert.True(bytes.AsSpan((int)image.MehdOffset + 8).SequenceEqual(image.Bytes.AsSpan((int)image.MehdOffset + 8, (int)end - (int)image.MehdOffset - 8)));

        using var reader = await SegmentReader.OpenAsync(store, recovered.Info.RelativePath, CancellationToken.None);
        Assert.Equal(fragments, reader.FragmentCount);
        Assert.Equal(recovered.Info, await SegmentInfoReader.ReadAsync(store, recovered.Info.RelativePath, CancellationToken.None, verifyChecksums: true));
        return report;
    }

    internal static async Task WritePartAsync(SegmentStore store, string relative, byte[] bytes)
    {
        var path = store.GetFullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
    }
}
