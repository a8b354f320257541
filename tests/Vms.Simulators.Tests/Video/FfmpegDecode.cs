using Vms.TestSupport;

namespace Vms.Simulators.Tests.Video;

/// <summary>Runs ffmpeg/ffprobe on an Annex-B H.264 file written to a temporary directory.</summary>
internal static class FfmpegDecode
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Decodes with <c>-v error</c> to the null muxer; returns ffmpeg's stderr (empty on a clean stream) and asserts exit 0.
    /// An elementary stream carries no timestamps: ffmpeg makes them up from the first SPS frame rate, so frames
    /// pass through as decoded (<c>-fps_mode passthrough</c>) and keep the demuxer's time base (<c>-enc_time_base -1</c>);
    /// otherwise a mid-stream frame rate change makes the null muxer, not the decoder, complain about its own timestamps.
    /// </summary>
    public static async Task<string> DecodeToNullAsync(string path)
    {
        var p = await ExternalProcess.RunAsync("ffmpeg", ["-nostdin", "-v", "error", "-i", path, "-fps_mode", "passthrough", "-enc_time_base", "-1", "-f", "null", "-"], Timeout);
        Assert.True(p.ExitCode == 0, $"ffmpeg exit {p.ExitCode}: {p.StandardError}");
        return p.StandardError;
    }

    /// <summary>
    /// Decodes every frame (each exactly once: <c>-fps_mode passthrough</c>, at most <paramref name="maxFrames"/>)
    /// to raw video of <paramref name="pixelFormat"/> (yuv420p, rgb24) and returns the bytes.
    /// </summary>
    public static async Task<byte[]> DecodeToRawAsync(string path, string pixelFormat, int maxFrames = 1000)
    {
        var output = path + "." + pixelFormat + ".raw";
        var p = await ExternalProcess.RunAsync(
            "ffmpeg",
            ["-nostdin", "-v", "error", "-y", "-i", path, "-fps_mode", "passthrough", "-frames:v", maxFrames.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "rawvideo", "-pix_fmt", pixelFormat, output],
            Timeout);
        Assert.True(p.ExitCode == 0, $"ffmpeg exit {p.ExitCode}: {p.StandardError}");
        Assert.Equal(string.Empty, p.StandardError);
        return await File.ReadAllBytesAsync(output);
    }

    /// <summary>ffprobe's width, height and codec profile of the first video stream.</summary>
    public static async Task<(int Width, int Height, string Profile, int Level)> ProbeAsync(string path)
    {
        var p = await ExternalProcess.RunAsync(
            "ffprobe",
            ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height,profile,level", "-of", "default=noprint_wrappers=1", path],
            Timeout);
        Assert.True(p.ExitCode == 0, $"ffprobe exit {p.ExitCode}: {p.StandardError}");
        var values = p.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1]);
        return (int.Parse(values["width"]), int.Parse(values["height"]), values["profile"], int.Parse(values["level"]));
    }
}
