using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Interop.Tests.Rtsp;

/// <summary>ffprobe and ffmpeg, real third-party clients, read and decode what our server serves.</summary>
public sealed class FfmpegReadsOurServerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [RequiresToolsTheory("ffprobe")]
    [InlineData("tcp")]
    [InlineData("udp")]
    public async Task Ffprobe_LiveStream_SeesH264At640x360(string transport)
    {
        await using var server = await LiveServerFixture.StartAsync(output);
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", transport, "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", server.Url()], Limit);
        output.WriteLine(probe.StandardError);
        Assert.Equal(0, probe.ExitCode);
        Assert.Equal("h264,640,360", probe.StandardOutput.Trim());
    }

    [RequiresToolsTheory("ffmpeg")]
    [InlineData("tcp")]
    [InlineData("udp")]
    [InlineData("http")]
    public async Task Ffmpeg_LiveStream_DecodesFiveSecondsWithoutAnyError(string transport)
    {
        await using var server = await LiveServerFixture.StartAsync(output);
        var ffmpeg = await ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-rtsp_transport", transport, "-i", server.Url(), "-t", "5", "-f", "null", "-"], Limit);
        Assert.True(ffmpeg.StandardError.Length == 0, ffmpeg.StandardError);
        Assert.Equal(0, ffmpeg.ExitCode);
    }

    [RequiresToolsFact("ffmpeg")]
    public async Task Ffmpeg_Digest_DecodesWithTheRightPasswordInTheUrl()
    {
        await using var server = await LiveServerFixture.StartAsync(output, security: LiveServerFixture.DigestUsers("viewer", "s3cret!"));
        var ffmpeg = await ExternalProcess.RunAsync("ffmpeg", ["-v", "error", "-rtsp_transport", "tcp", "-i", server.Url(userInfo: "viewer:s3cret%21"), "-t", "3", "-f", "null", "-"], Limit);
        Assert.True(ffmpeg.StandardError.Length == 0, ffmpeg.StandardError);
        Assert.Equal(0, ffmpeg.ExitCode);
    }

    [RequiresToolsFact("ffprobe")]
    public async Task Ffprobe_Digest_WrongPasswordSees401()
    {
        await using var server = await LiveServerFixture.StartAsync(output, security: LiveServerFixture.DigestUsers("viewer", "s3cret!"));
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", "tcp", server.Url(userInfo: "viewer:wrong")], Limit);
        Assert.NotEqual(0, probe.ExitCode);
        Assert.Contains("401", probe.StandardError, StringComparison.Ordinal);
    }
}
