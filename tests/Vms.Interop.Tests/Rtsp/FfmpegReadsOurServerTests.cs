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
        await FfmpegDecode.AssertCleanAsync(server.Url(), transport, seconds: 5, output);
    }

    [RequiresToolsTheory("ffmpeg")]
    [InlineData("tcp")]
    [InlineData("udp")]
    public async Task Ffmpeg_Digest_DecodesWithTheRightPasswordInTheUrl(string transport)
    {
        await using var server = await LiveServerFixture.StartAsync(output, security: LiveServerFixture.DigestUsers("viewer", "s3cret!"));
        await FfmpegDecode.AssertCleanAsync(server.Url(userInfo: "viewer:s3cret%21"), transport, seconds: 3, output);
    }

    [RequiresToolsTheory("ffprobe")]
    [InlineData("tcp")]
    [InlineData("udp")]
    public async Task Ffprobe_Digest_RightPasswordSeesTheStream(string transport)
    {
        await using var server = await LiveServerFixture.StartAsync(output, security: LiveServerFixture.DigestUsers("viewer", "s3cret!"));
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", transport, "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", server.Url(userInfo: "viewer:s3cret%21")], Limit);
        Assert.True(probe.ExitCode == 0 && probe.StandardError.Length == 0, probe.StandardError);
        Assert.Equal("h264,640,360", probe.StandardOutput.Trim());
    }

    [RequiresToolsTheory("ffprobe")]
    [InlineData("tcp")]
    [InlineData("udp")]
    public async Task Ffprobe_Digest_WrongPasswordSees401(string transport)
    {
        await using var server = await LiveServerFixture.StartAsync(output, security: LiveServerFixture.DigestUsers("viewer", "s3cret!"));
        var probe = await ExternalProcess.RunAsync("ffprobe", ["-v", "error", "-rtsp_transport", transport, server.Url(userInfo: "viewer:wrong")], Limit);
        output.WriteLine(probe.StandardError);
        Assert.NotEqual(0, probe.ExitCode);
        Assert.Contains("401", probe.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, server.Server.SessionCount);
    }
}
