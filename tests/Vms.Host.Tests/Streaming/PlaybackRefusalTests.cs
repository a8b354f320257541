using Microsoft.Extensions.DependencyInjection;
using Vms.Host.Streaming;
using Vms.Rtsp.Client;
using Vms.TestSupport;

namespace Vms.Host.Tests.Streaming;

/// <summary>Playback paths with bad times through the service's RTSP server: DESCRIBE answers 400 (not 404), 404 stays for unknown cameras.</summary>
public sealed class PlaybackRefusalTests
{
    [Theory]
    [InlineData("start=garbage")]
    [InlineData("")]
    [InlineData("start=2026-07-01T10:00:00Z&end=2026-07-01T09:00:00Z")]
    [InlineData("start=2026-07-01T10:00:00Z&end=later")]
    [InlineData("start=2999-01-01T00:00:00Z")]
    public async Task Describe_PlaybackWithBadTimes_Answers400(string query)
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));

        var result = await StartAsync(host, "cam1/playback" + (query.Length > 0 ? "?" + query : string.Empty));

        Assert.Equal(400, result.StatusCode);
    }

    [Fact]
    public async Task Describe_PlaybackOfUnknownCamera_Answers404()
    {
        await using var host = await StreamingTestHost.StartAsync(new FakeCameraCatalog().With(FakeCameraCatalog.Camera("cam1")));

        var result = await StartAsync(host, "nope/playback?start=garbage");

        Assert.Equal(404, result.StatusCode);
    }

    private static async Task<RtspClientResult> StartAsync(StreamingTestHost host, string pathAndQuery)
    {
        var rtsp = host.Services.GetRequiredService<RtspServerService>();
        await using var client = new RtspClient(new RtspClientOptions { Url = rtsp.BaseUri!.ToString().TrimEnd('/') + "/" + pathAndQuery, UserName = StreamingTestHost.Operator, Password = StreamingTestHost.Password });
        var refused = await Assert.ThrowsAsync<RtspClientException>(() => client.StartAsync(CancellationToken.None).WithTimeout());
        Assert.Equal(RtspClientStopReason.Refused, refused.Result.Reason);
        return refused.Result;
    }
}
