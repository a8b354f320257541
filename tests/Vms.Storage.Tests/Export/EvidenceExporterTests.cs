using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Vms.Storage.Export;
using Vms.Storage.Index;
using Vms.Storage.Tests.Index;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Storage.Tests.Export;

public sealed class EvidenceExporterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly ILoggerFactory _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
    private TempIndex _t = null!;

    private string ExportFolder => Path.Combine(_t.Folder, "export");

    public async Task InitializeAsync() => _t = await TempIndex.CreateAsync(_loggers, T0.AddDays(1), "r1");

    public async Task DisposeAsync()
    {
        await _t.DisposeAsync();
        _loggers.Dispose();
    }

    [Fact]
    public async Task Export_RangeInsideSegments_StartsAtTheKeyframeBeforeT1AndVerifies()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);

        // 00:03.5 .. 00:07.25: the keyframe at or before 3.5 s is at 3.0 s; the last frame starting before 7.25 s is frame 86
        var result = await Exporter().ExportAsync(Request(T0.AddSeconds(3.5), T0.AddSeconds(7.25)), ExportFolder, CancellationToken.None);

        var m = result.Manifest;
        Assert.Equal(new TimeRange(T0.AddSeconds(3.5), T0.AddSeconds(7.25)), m.Requested);
        Assert.Equal(new TimeRange(T0.AddSeconds(3), T0.AddSeconds(87 / 12.0)), m.Actual);
        Assert.Equal((51, 5, "H264", 640, 360), (m.Video.Frames, m.Video.Keyframes, m.Video.Codec, m.Video.Width, m.Video.Height));
        Assert.Equal(51L * 1_000_000 / 12, m.Video.DurationUs);
        Assert.Empty(m.Gaps);
        Assert.Equal(["2026/03/10/08/20260310T080002.000Z_main.mp4", "2026/03/10/08/20260310T080004.000Z_main.mp4", "2026/03/10/08/20260310T080006.000Z_main.mp4"], m.Segments.Select(s => s.Path["r1:cam1/".Length..]));
        foreach (var s in m.Segments)
        {
            var bytes = await File.ReadAllBytesAsync(_t.Files.FullPath("r1", s.Path["r1:".Length..]));
            Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length), (s.Sha256, s.Bytes));
        }

        var video = await File.ReadAllBytesAsync(result.VideoPath);
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(video)), (long)video.Length), (m.Video.Sha256, m.Video.Bytes));
        Assert.Equal(("user:opj-martin", "PV 2026/00042", _t.Clock.GetUtcNow(), EvidenceExporter.Tool), (m.Exporter, m.Requisition, m.CreatedAtUtc, m.Tool));
        Assert.Equal(ManifestJson.Serialize(m), await File.ReadAllBytesAsync(result.ManifestPath));
        Assert.Equal([EvidenceExporter.VideoFileName, ExportManifest.FileName], Directory.EnumerateFiles(ExportFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var verification = await ExportVerifier.VerifyAsync(ExportFolder, _t.Files, CancellationToken.None);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Empty(verification.Notes);
    }

    [Fact]
    public async Task Export_SegmentMissingInsideTheRange_ListsTheGapAndSkipsIt()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: 2);

        var result = await Exporter().ExportAsync(Request(T0.AddSeconds(1), T0.AddSeconds(9)), ExportFolder, CancellationToken.None);

        Assert.Equal([new TimeRange(T0.AddSeconds(4), T0.AddSeconds(6))], result.Manifest.Gaps);
        Assert.Equal(new TimeRange(T0.AddSeconds(1), T0.AddSeconds(9)), result.Manifest.Actual);
        Assert.Equal(96 - 24, result.Manifest.Video.Frames);
        Assert.Equal(4, result.Manifest.Segments.Count);
        Assert.True((await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task Export_H265_WritesAVerifiableHvc1File()
    {
        await RecordAsync(ClipAccessUnits.H265(), skipSegment: null);

        var result = await Exporter().ExportAsync(Request(T0, T0.AddSeconds(10)), ExportFolder, CancellationToken.None);

        Assert.Equal((120, 10, "H265"), (result.Manifest.Video.Frames, result.Manifest.Video.Keyframes, result.Manifest.Video.Codec));
        var head = await File.ReadAllBytesAsync(result.VideoPath);
        Assert.Contains("hvcC", Encoding.ASCII.GetString(head, 0, 4096), StringComparison.Ordinal);
        Assert.True((await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None)).IsValid);
    }

    [Fact]
    public async Task Verify_OneByteOfTheVideoChanged_ReportsTheTamperedMp4()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        var result = await Exporter().ExportAsync(Request(T0, T0.AddSeconds(4)), ExportFolder, CancellationToken.None);
        await using (var f = new FileStream(result.VideoPath, FileMode.Open, FileAccess.ReadWrite))
        {
            f.Position = f.Length - 100;
            var b = f.ReadByte();
            f.Position = f.Length - 100;
            f.WriteByte((byte)(b ^ 0x01));
        }

        var verification = await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None);

        Assert.False(verification.IsValid);
        var problem = Assert.Single(verification.Problems);
        Assert.Contains("export.mp4 has SHA-256", problem, StringComparison.Ordinal);
        Assert.Contains("modified or replaced", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ManifestFieldRewrittenCanonically_ReportsWhichFieldDiffersFromTheVideo()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        var result = await Exporter().ExportAsync(Request(T0, T0.AddSeconds(4)), ExportFolder, CancellationToken.None);
        var forged = result.Manifest with { Requisition = "PV 2026/99999", Actual = result.Manifest.Actual with { End = T0.AddSeconds(5) } };
        await File.WriteAllBytesAsync(result.ManifestPath, ManifestJson.Serialize(forged));

        var verification = await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None);

        var problem = Assert.Single(verification.Problems);
        Assert.EndsWith("differs from the record inside export.mp4 in: actual.to, requisition (the manifest or the video was edited)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ManifestEditedByHand_ReportsItIsNotCanonical()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        var result = await Exporter().ExportAsync(Request(T0, T0.AddSeconds(4)), ExportFolder, CancellationToken.None);
        var text = await File.ReadAllTextAsync(result.ManifestPath);
        await File.WriteAllTextAsync(result.ManifestPath, text.Replace(",\"exporter\"", ",\n  \"exporter\"", StringComparison.Ordinal));

        var verification = await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None);

        Assert.Equal(["manifest.json is not in its canonical form: it was edited after the export"], verification.Problems);
    }

    [Fact]
    public async Task Verify_MissingFilesOrAnExtraOne_NamesThem()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        var result = await Exporter().ExportAsync(Request(T0, T0.AddSeconds(4)), ExportFolder, CancellationToken.None);

        await File.WriteAllTextAsync(Path.Combine(ExportFolder, "notes.txt"), "x");
        await File.WriteAllTextAsync(Path.Combine(ExportFolder, ExportVerifier.SignatureFileName), "signature");
        Assert.Equal(["unexpected file 'notes.txt' in the export folder"], (await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None)).Problems);

        File.Delete(result.VideoPath);
        Assert.Contains("export.mp4 (named by the manifest) is missing", (await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None)).Problems);

        File.Delete(result.ManifestPath);
        Assert.Equal(["manifest.json is missing"], (await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None)).Problems);

        await File.WriteAllTextAsync(result.ManifestPath, "{\"format\":");
        Assert.StartsWith("manifest.json cannot be read", Assert.Single((await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None)).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SourceSegmentChangedOrDeleted_ReportsOrNotesIt()
    {
        var segments = await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        await Exporter().ExportAsync(Request(T0, T0.AddSeconds(4)), ExportFolder, CancellationToken.None);
        await File.AppendAllTextAsync(_t.Files.FullPath("r1", segments[0].RelativePath), "junk");
        File.Delete(_t.Files.FullPath("r1", segments[1].RelativePath));

        var verification = await ExportVerifier.VerifyAsync(ExportFolder, _t.Files, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Contains(segments[0].RelativePath, StringComparison.Ordinal) && p.Contains("changed since", StringComparison.Ordinal));
        Assert.Equal([$"source segment r1:{segments[1].RelativePath} is no longer on disk"], verification.Notes);
    }

    [Fact]
    public async Task Verify_VideoCutAtManyPoints_ReportsProblemsWithoutThrowing()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        var result = await Exporter().ExportAsync(Request(T0, T0.AddSeconds(2)), ExportFolder, CancellationToken.None);
        var original = await File.ReadAllBytesAsync(result.VideoPath);
        var random = new Random(7);
        for (var i = 0; i < 40; i++)
        {
            var cut = i < 20 ? i * 37 : random.Next(original.Length);
            await File.WriteAllBytesAsync(result.VideoPath, original[..cut]);

            var verification = await ExportVerifier.VerifyAsync(ExportFolder, null, CancellationToken.None);

            Assert.False(verification.IsValid);
            Assert.Contains(verification.Problems, p => p.Contains($"export.mp4 is {cut} bytes", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Export_NothingRecordedOrFolderAlreadyUsed_ThrowsExportException()
    {
        await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);

        var none = await Assert.ThrowsAsync<ExportException>(() => Exporter().ExportAsync(Request(T0.AddHours(1), T0.AddHours(2)), ExportFolder, CancellationToken.None));
        Assert.Contains("nothing of cam1/main is recorded", none.Message, StringComparison.Ordinal);

        await Exporter().ExportAsync(Request(T0, T0.AddSeconds(2)), ExportFolder, CancellationToken.None);
        await Assert.ThrowsAsync<ExportException>(() => Exporter().ExportAsync(Request(T0, T0.AddSeconds(2)), ExportFolder, CancellationToken.None));
    }

    [Fact]
    public async Task Export_CorruptSourceSegment_ThrowsNamingIt()
    {
        var segments = await RecordAsync(ClipAccessUnits.H264(), skipSegment: null);
        var path = _t.Files.FullPath("r1", segments[1].RelativePath);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^200] ^= 0xFF; // inside the last fragment's mdat: its checksum no longer matches
        await File.WriteAllBytesAsync(path, bytes);

        var ex = await Assert.ThrowsAsync<ExportException>(() => Exporter().ExportAsync(Request(T0, T0.AddSeconds(10)), ExportFolder, CancellationToken.None));

        Assert.Contains(segments[1].RelativePath, ex.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Records the 10 s clip as five 2 s segments of cam1 (optionally leaving one out) and indexes them.</summary>
    private async Task<List<Vms.Storage.Segments.SegmentInfo>> RecordAsync(ClipAccessUnits clip, int? skipSegment)
    {
        Assert.Equal(120, clip.Units.Count);
        var segments = new List<Vms.Storage.Segments.SegmentInfo>();
        for (var i = 0; i < 5; i++)
        {
            if (i == skipSegment)
            {
                continue;
            }

            segments.Add(await TestSegmentWriter.WriteAsync(Path.Combine(_t.Folder, "r1"), "cam1", clip, i * 24, 24, T0.AddSeconds(2 * i)));
        }

        await _t.Index.UpsertAsync("r1", segments, CancellationToken.None);
        return segments;
    }

    private static ExportRequest Request(DateTimeOffset from, DateTimeOffset to) => new("cam1", "main", from, to, "user:opj-martin", "PV 2026/00042");

    private EvidenceExporter Exporter() => new(_t.Index, _t.Files, _t.Clock, _loggers.CreateLogger<EvidenceExporter>());
}
