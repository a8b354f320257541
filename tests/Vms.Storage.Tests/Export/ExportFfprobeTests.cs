using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Vms.Storage.Export;
using Vms.Storage.Tests.Index;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Storage.Tests.Export;

/// <summary>The export read by a third-party tool: ffprobe decodes every frame and shows the box order.</summary>
public sealed partial class ExportFfprobeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly ILoggerFactory _loggers = XunitLoggerProvider.Factory(output, LogLevel.Information);
    private TempIndex _t = null!;

    public async Task InitializeAsync() => _t = await TempIndex.CreateAsync(_loggers, T0.AddDays(1), "r1");

    public async Task DisposeAsync()
    {
        await _t.DisposeAsync();
        _loggers.Dispose();
    }

    [RequiresToolsTheory("ffprobe")]
    [InlineData("h264")]
    [InlineData("hevc")]
    public async Task Ffprobe_Export_ReportsDurationFrameCountCodecAndMoovBeforeMdat(string codec)
    {
        var clip = codec == "h264" ? ClipAccessUnits.H264() : ClipAccessUnits.H265();
        var segments = new List<Vms.Storage.Segments.SegmentInfo>();
        for (var i = 0; i < 5; i++)
        {
            segments.Add(await TestSegmentWriter.WriteAsync(Path.Combine(_t.Folder, "r1"), "cam1", clip, i * 24, 24, T0.AddSeconds(2 * i)));
        }

        await _t.Index.UpsertAsync("r1", segments, CancellationToken.None);
        var exporter = new EvidenceExporter(_t.Index, _t.Files, _t.Clock, _loggers.CreateLogger<EvidenceExporter>());
        // 1.5 s .. 8.2 s: starts on the keyframe at 1.0 s, ends after frame 98 (8.1667 s) -> 98 - 12 + 1 = 87 frames
        var result = await exporter.ExportAsync(new ExportRequest("cam1", "main", T0.AddSeconds(1.5), T0.AddSeconds(8.2), "user:opj", "PV-1"), Path.Combine(_t.Folder, "out"), CancellationToken.None);
        Assert.Equal(87, result.Manifest.Video.Frames);

        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-count_frames", "-show_entries", "stream=codec_name,width,height,nb_frames,nb_read_frames:format=duration", "-of", "json", result.VideoPath], TimeSpan.FromSeconds(60));
        output.WriteLine(probe.StandardOutput + probe.StandardError);
        Assert.Equal(0, probe.ExitCode);
        Assert.Equal(string.Empty, probe.StandardError.Trim());
        using var json = JsonDocument.Parse(probe.StandardOutput);
        var stream = json.RootElement.GetProperty("streams")[0];
        Assert.Equal(codec, stream.GetProperty("codec_name").GetString());
        Assert.Equal((640, 360), (stream.GetProperty("width").GetInt32(), stream.GetProperty("height").GetInt32()));
        Assert.Equal("87", stream.GetProperty("nb_read_frames").GetString());
        Assert.Equal("87", stream.GetProperty("nb_frames").GetString());
        var duration = double.Parse(json.RootElement.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(duration, (87 / 12.0) - 0.01, (87 / 12.0) + 0.01);

        var trace = await ExternalProcess.RunAsync("ffprobe", ["-v", "trace", result.VideoPath], TimeSpan.FromSeconds(60));
        var topLevel = TopLevelBox().Matches(trace.StandardError).Select(m => m.Groups[1].Value).ToList();
        output.WriteLine(string.Join(' ', topLevel));
        Assert.Equal(["ftyp", "moov", "mdat"], topLevel);
    }

    [GeneratedRegex(@"type:'(\w{4})' parent:'root'")]
    private static partial Regex TopLevelBox();
}
