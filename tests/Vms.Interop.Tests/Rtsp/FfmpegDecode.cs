using System.Globalization;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>
/// ffmpeg as a viewer: reads an RTSP URL for a number of seconds, decodes every picture and writes one checksum line per
/// decoded frame (<c>-f framecrc</c>), so the test sees both the decoder's errors (<c>-v error</c>: none allowed) and the
/// exact number of pictures decoded.
/// </summary>
internal static class FfmpegDecode
{
    public static string[] Arguments(string url, string transport, int seconds) =>
        ["-v", "error", "-rtsp_transport", transport, "-i", url, "-t", seconds.ToString(CultureInfo.InvariantCulture), "-map", "0:v", "-f", "framecrc", "-"];

    /// <summary>Decoded frames listed in a framecrc output (lines that are not comments).</summary>
    public static int CountFrames(string framecrc) =>
        framecrc.Split('\n').Count(l => l.Length > 0 && l[0] != '#');

    /// <summary>Decodes <paramref name="seconds"/> of the stream: exit 0, nothing on stderr, and every picture of those seconds decoded (clip frame rate × seconds).</summary>
    public static async Task<int> AssertCleanAsync(string url, string transport, int seconds, ITestOutputHelper output)
    {
        var ffmpeg = await ExternalProcess.RunAsync("ffmpeg", Arguments(url, transport, seconds), TimeSpan.FromSeconds(60 + seconds));
        return AssertClean(ffmpeg, seconds, output, "ffmpeg");
    }

    public static int AssertClean(ExternalProcess ffmpeg, int seconds, ITestOutputHelper output, string name)
    {
        var frames = CountFrames(ffmpeg.StandardOutput);
        output.WriteLine($"{name}: exit {ffmpeg.ExitCode}, {frames} frames decoded, stderr: {ffmpeg.StandardError}");
        Assert.True(ffmpeg.ExitCode == 0 && ffmpeg.StandardError.Length == 0, $"{name}: exit {ffmpeg.ExitCode}: {ffmpeg.StandardError}");
        Assert.Equal(seconds * H264Clip.FramesPerSecond, frames);
        return frames;
    }
}
