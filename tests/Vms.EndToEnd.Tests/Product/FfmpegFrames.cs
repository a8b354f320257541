using System.Globalization;
using Vms.TestSupport;

namespace Vms.EndToEnd.Tests.Product;

/// <summary>Decoded pictures through ffmpeg: raw RGB frames of a file or an RTSP URL, and the key frames of a recording with their times.</summary>
internal static class FfmpegFrames
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The first <paramref name="count"/> decoded frames of <paramref name="input"/> as RGB24 (width × height × 3 bytes each).</summary>
    public static async Task<byte[][]> RgbAsync(string input, int count, int width, int height, params string[] inputOptions)
    {
        var file = Path.Combine(Path.GetTempPath(), $"vms-frames-{Guid.NewGuid():N}.rgb");
        try
        {
            var rtsp = input.StartsWith("rtsp://", StringComparison.Ordinal) ? new[] { "-rtsp_transport", "tcp" } : [];
            var p = await ExternalProcess.RunAsync(
                "ffmpeg",
                ["-v", "error", "-nostdin", .. rtsp, .. inputOptions, "-i", input, "-frames:v", count.ToString(CultureInfo.InvariantCulture),
                    "-vsync", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-y", file],
                Timeout);
            Assert.True(p.ExitCode == 0, $"ffmpeg failed on {input}: {p.StandardError}");
            var bytes = await File.ReadAllBytesAsync(file);
            var size = width * height * 3;
            Assert.True(bytes.Length >= size, $"ffmpeg decoded no {width}x{height} frame from {input} ({bytes.Length} bytes): {p.StandardError}");
            return [.. Enumerable.Range(0, bytes.Length / size).Select(i => bytes.AsSpan(i * size, size).ToArray())];
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Presentation times (seconds from the file's first frame) of the key frames of a recorded segment.</summary>
    public static async Task<IReadOnlyList<double>> KeyFrameTimesAsync(string file)
    {
        var p = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-select_streams", "v:0", "-show_entries", "frame=pts_time,key_frame", "-of", "csv=p=0", file],
            Timeout);
        Assert.True(p.ExitCode == 0, $"ffprobe failed on {file}: {p.StandardError}");
        var frames = p.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(','))
            .Where(f => f.Length >= 2)
            .Select(f => (Key: f[0] == "1", Time: double.Parse(f[1], CultureInfo.InvariantCulture)))
            .ToList();
        var first = frames[0].Time;
        return [.. frames.Where(f => f.Key).Select(f => f.Time - first)];
    }

    /// <summary>Mean absolute difference of two pictures of the same size (0 = identical).</summary>
    public static double Difference(byte[] a, byte[] b)
    {
        Assert.Equal(a.Length, b.Length);
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return (double)sum / a.Length;
    }

    /// <summary>The RGB of pixel (x, y).</summary>
    public static (int R, int G, int B) Pixel(byte[] frame, int width, int x, int y)
    {
        var i = ((y * width) + x) * 3;
        return (frame[i], frame[i + 1], frame[i + 2]);
    }
}
