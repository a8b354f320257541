using Vms.Storage.Segments;
using Vms.Storage.Tests.Support;

namespace Vms.Storage.Tests.Segments;

public sealed class SegmentStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 1, 10, 0, 0, 123, TimeSpan.Zero);

    [Theory]
    [InlineData("cam-1", "main", "cam-1/2026/07/01/10/20260701T100000.123Z_main.mp4")]
    [InlineData("Entrée Nord", "sub", "~45ntr~C3~A9e~20~4Eord/2026/07/01/10/20260701T100000.123Z_sub.mp4")]
    [InlineData("../etc", "a:b", "~2E~2E~2Fetc/2026/07/01/10/20260701T100000.123Z_a~3Ab.mp4")]
    [InlineData("con", "main", "~63on/2026/07/01/10/20260701T100000.123Z_main.mp4")]
    [InlineData("CON", "main", "~43~4F~4E/2026/07/01/10/20260701T100000.123Z_main.mp4")]
    public void GetRelativePath_CameraAndStream_SafeOnEveryFileSystem(string camera, string stream, string expected)
    {
        var relative = SegmentStore.GetRelativePath(camera, stream, Start);
        Assert.Equal(expected, relative);
        Assert.True(SegmentStore.TryParseRelativePath(relative, out var parsed));
        Assert.Equal(new SegmentPath(camera, stream, Start, false), parsed);
        Assert.True(SegmentStore.TryParseRelativePath(relative + ".part", out var partial));
        Assert.True(partial.IsPartial);
    }

    [Fact]
    public void GetRelativePath_LocalOffset_UsesUtc()
    {
        var paris = new DateTimeOffset(2026, 7, 1, 12, 0, 0, 123, TimeSpan.FromHours(2));
        Assert.Equal("cam/2026/07/01/10/20260701T100000.123Z_main.mp4", SegmentStore.GetRelativePath("cam", "main", paris));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tab\there")]
    [InlineData("an-id-that-is-far-too-long-to-be-a-camera-id-because-it-has-more-than-64-chars")]
    public void GetRelativePath_InvalidCameraId_Throws(string camera)
    {
        Assert.Throws<ArgumentException>(() => SegmentStore.GetRelativePath(camera, "main", Start));
    }

    [Theory]
    [InlineData("cam-1/2026/07/01/11/20260701T100000.123Z_main.mp4")] // hour directory disagrees with the name
    [InlineData("cam-1/2026/07/01/10/20260701T100000.123Z_main.mkv")]
    [InlineData("cam-1/2026/07/01/10/20260701T1000.123Z_main.mp4")]
    [InlineData("Cam-1/2026/07/01/10/20260701T100000.123Z_main.mp4")] // not an escape we produce
    [InlineData("cam-1/20260701T100000.123Z_main.mp4")]
    public void TryParseRelativePath_ForeignNames_ReturnsFalse(string relative)
    {
        Assert.False(SegmentStore.TryParseRelativePath(relative, out _));
    }

    [Fact]
    public void Escape_SeededRandomIds_RoundTripAndStayDistinctIgnoringCase()
    {
        var random = new Random(11);
        const string alphabet = "aAbBzZ09-_.~/\\: éÉ漢\u00e9";
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < 5000; i++)
        {
            var id = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var escaped = SegmentNameCodec.Escape(id);
            Assert.Matches("^[a-z0-9_~A-F-]+$", escaped);
            Assert.True(SegmentNameCodec.TryUnescape(escaped, out var back));
            Assert.Equal(id, back);
            if (seen.TryGetValue(escaped, out var other))
            {
                Assert.Equal(other, id); // same escape (ignoring case) only for the same id
            }

            seen[escaped] = id;
        }
    }

    [Fact]
    public void GetFullPath_PathLeavingTheRoot_Throws()
    {
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        Assert.Throws<ArgumentException>(() => store.GetFullPath("../outside.mp4"));
        Assert.StartsWith(dir.Path, store.GetFullPath("cam/2026/07/01/10/x.mp4"), StringComparison.Ordinal);
    }

    [Fact]
    public void EnumerateSegments_RangeAcrossDays_ListsOnlyStartsInRangeInOrder()
    {
        using var dir = new TempDirectory();
        var store = new SegmentStore(dir.Path);
        var starts = new[]
        {
            new DateTimeOffset(2026, 6, 30, 23, 59, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 7, 1, 0, 1, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 7, 1, 13, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 7, 2, 0, 0, 0, TimeSpan.Zero),
        };
        foreach (var s in starts)
        {
            Touch(store, SegmentStore.GetRelativePath("cam", "main", s));
            Touch(store, SegmentStore.GetRelativePath("cam", "sub", s));
        }

        Touch(store, SegmentStore.GetRelativePath("cam", "main", starts[3].AddMinutes(1)) + SegmentStore.PartialSuffix);
        Touch(store, SegmentStore.GetRelativePath("other", "main", starts[2]));

        var found = store.EnumerateSegments("cam", "main", starts[1], starts[4]).ToList();

        Assert.Equal([.. starts[1..4].Select(s => SegmentStore.GetRelativePath("cam", "main", s))], found);
        Assert.Equal(10, store.EnumerateSegments("cam", null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue).Count());
        Assert.Equal(["cam", "other"], store.EnumerateCameraIds().Order());
    }

    private static void Touch(SegmentStore store, string relative)
    {
        var path = store.GetFullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
    }
}
