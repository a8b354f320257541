using System.Globalization;
using System.Text.Json;
using Vms.TestSupport;

namespace Vms.Storage.Tests.Support;

/// <summary>What ffprobe and ffmpeg say about a file.</summary>
internal static class Ffprobe
{
    public sealed record Stream(string CodecName, string CodecType, int Width, int Height, int Frames);

    /// <param name="Errors">What ffprobe printed on stderr at level error (decoding errors while counting frames).</param>
    public sealed record Result(double Duration, IReadOnlyList<Stream> Streams, string Errors);

    /// <summary>Runs <c>ffprobe -count_frames</c> (decodes every frame) and returns duration and streams.</summary>
    public static async Task<Result> ProbeAsync(string path)
    {
        var p = await ExternalProcess.RunAsync("ffprobe",
            ["-v", "error", "-count_frames", "-show_entries", "stream=codec_name,codec_type,width,height,nb_read_frames:format=duration",
             "-of", "json", path], TimeSpan.FromSeconds(60));
        Assert.True(p.ExitCode == 0, $"ffprobe failed: {p.StandardError}");
        using var doc = JsonDocument.Parse(p.StandardOutput);
        var streams = new List<Stream>();
        foreach (var s in doc.RootElement.GetProperty("streams").EnumerateArray())
        {
            streams.Add(new Stream(
                s.GetProperty("codec_name").GetString()!,
                s.GetProperty("codec_type").GetString()!,
                s.TryGetProperty("width", out var w) ? w.GetInt32() : 0,
                s.TryGetProperty("height", out var h) ? h.GetInt32() : 0,
                s.TryGetProperty("nb_read_frames", out var f) ? int.Parse(f.GetString()!, CultureInfo.InvariantCulture) : 0));
        }

        var duration = double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);
        return new Result(duration, streams, p.StandardError.Trim());
    }

    /// <summary>Decodes the whole file with <c>ffmpeg -v error</c>; returns what it printed (empty for a clean file).</summary>
    public static async Task<string> DecodeErrorsAsync(string path)
    {
        var p = await ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-i", path, "-f", "null", "-"], TimeSpan.FromSeconds(60));
        return (p.StandardError + p.StandardOutput).Trim() + (p.ExitCode == 0 ? string.Empty : $" (exit {p.ExitCode})");
    }
}
