using System.Text;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

/// <summary>RTSP tunnelled in HTTP on the same port: GET receives, POST carries base64 requests (split anywhere).</summary>
public sealed class RtspServerTunnelTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetThenPost_RequestsInBase64_AreAnsweredOnTheGetConnection()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        await using var get = h.Connect();
        await get.SendRawAsync("GET /cam HTTP/1.0\r\nx-sessioncookie: abc123\r\nAccept: application/x-rtsp-tunnelled\r\n\r\n"u8.ToArray());
        var head = await ReadHttpHeadAsync(get);
        Assert.StartsWith("HTTP/1.0 200 OK", head, StringComparison.Ordinal);
        Assert.Contains("application/x-rtsp-tunnelled", head, StringComparison.Ordinal);

        await using var post = h.Connect();
        await post.SendRawAsync("POST /cam HTTP/1.0\r\nx-sessioncookie: abc123\r\nContent-Type: application/x-rtsp-tunnelled\r\nContent-Length: 32767\r\n\r\n"u8.ToArray());
        var requests = "OPTIONS rtsp://h/cam RTSP/1.0\r\nCSeq: 1\r\n\r\nDESCRIBE rtsp://h/cam RTSP/1.0\r\nCSeq: 2\r\n\r\n";
        var base64 = Convert.ToBase64String(Encoding.ASCII.GetBytes(requests));
        foreach (var piece in base64.Chunk(7))
        {
            await post.SendRawAsync(Encoding.ASCII.GetBytes(piece));
        }

        var options = await get.ReadResponseAsync().WithTimeout();
        Assert.Equal(200, options.StatusCode);
        Assert.Equal(1, options.CSeq);
        var describe = await get.ReadResponseAsync().WithTimeout();
        Assert.Equal(2, describe.CSeq);
        Assert.Contains("m=video", describe.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostForAnUnknownCookie_Is400()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var post = h.Connect();
        await post.SendRawAsync("POST /cam HTTP/1.0\r\nx-sessioncookie: nope\r\n\r\n"u8.ToArray());
        Assert.StartsWith("HTTP/1.0 400", await ReadHttpHeadAsync(post), StringComparison.Ordinal);
    }

    private static async Task<string> ReadHttpHeadAsync(RtspTestClient client)
    {
        var input = client.Connection.Input;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        for (var guard = 0; guard < 10_000; guard++)
        {
            var result = await input.ReadAsync(timeout.Token);
            var text = Encoding.ASCII.GetString(System.Buffers.BuffersExtensions.ToArray(result.Buffer));
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                input.AdvanceTo(result.Buffer.GetPosition(end + 4));
                return text[..end];
            }

            input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }

        throw new InvalidOperationException("no HTTP head");
    }
}
