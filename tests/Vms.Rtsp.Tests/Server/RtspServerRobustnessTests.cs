using System.IO.Pipelines;
using System.Text;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Server;
using Vms.TestSupport;
using Xunit.Abstractions;

namespace Vms.Rtsp.Tests.Server;

public sealed class RtspServerRobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Garbage_IsAnswered400AndTheConnectionClosed()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        await c.SendRawAsync([0x01, 0x02, 0xFF, 0x00, .. "hello\r\n\r\n"u8]);
        var frame = await c.ReadFrameAsync().WithTimeout();
        Assert.Equal(400, frame!.Response!.StatusCode);
        Assert.Empty(await c.ReadUntilClosedAsync().WithTimeout());
        Assert.Empty(h.Errors.Entries);
    }

    [Fact]
    public async Task OversizedHeaderBlock_IsAnswered431AndClosed()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        var big = "OPTIONS * RTSP/1.0\r\nCSeq: 1\r\nX-Pad: " + new string('a', 20_000) + "\r\n\r\n";
        await c.SendRawAsync(Encoding.ASCII.GetBytes(big));
        var frame = await c.ReadFrameAsync().WithTimeout();
        Assert.Equal(431, frame!.Response!.StatusCode);
        Assert.Empty(await c.ReadUntilClosedAsync().WithTimeout());
    }

    [Fact]
    public async Task WrongProtocolVersion_IsAnswered505()
    {
        await using var h = await ServerHarness.StartAsync(output);
        await using var c = h.Connect();
        await c.SendRawAsync("OPTIONS * RTSP/2.0\r\nCSeq: 1\r\n\r\n"u8.ToArray());
        Assert.Equal(505, (await c.ReadFrameAsync().WithTimeout())!.Response!.StatusCode);
    }

    [Fact]
    public async Task RandomAndMutatedInput_NeverCrashesAndTheServerKeepsServing()
    {
        await using var h = await ServerHarness.StartAsync(output);
        h.AddLive("cam");
        var random = new Random(20260701);
        byte[][] seeds =
        [
            "OPTIONS rtsp://h/cam RTSP/1.0\r\nCSeq: 1\r\n\r\n"u8.ToArray(),
            "SETUP rtsp://h/cam/trackID=0 RTSP/1.0\r\nCSeq: 2\r\nTransport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n"u8.ToArray(),
            "PLAY rtsp://h/cam RTSP/1.0\r\nCSeq: 3\r\nSession: 12345678\r\nRange: npt=0-\r\n\r\n"u8.ToArray(),
            "DESCRIBE rtsp://h/cam RTSP/1.0\r\nCSeq: 4\r\nAccept: application/sdp\r\n\r\n"u8.ToArray(),
            "SET_PARAMETER rtsp://h/cam RTSP/1.0\r\nCSeq: 5\r\nContent-Length: 4\r\n\r\nab\r\n"u8.ToArray(),
            [(byte)'$', 1, 0, 4, 1, 2, 3, 4],
        ];
        for (var i = 0; i < 150; i++)
        {
            var input = Mutate(seeds[random.Next(seeds.Length)], random);
            await using var c = h.Connect();
            await c.SendRawAsync(input);
            await c.Connection.Output.CompleteAsync();

            // whatever the input, the server answers and/or closes: it never hangs or crashes
            await c.ReadUntilClosedAsync().WithTimeout();
        }

        await using var probe = h.Connect();
        Assert.Equal(200, (await probe.RequestAsync(RtspMethod.Options, "*").WithTimeout()).StatusCode);
        Assert.Empty(h.Errors.Entries);
    }

    [Fact]
    public async Task SlowViewer_IsDroppedWithBoundedQueueWhileOthersGetEverything()
    {
        var smallPipe = new PipeOptions(pauseWriterThreshold: 32 * 1024, resumeWriterThreshold: 16 * 1024, useSynchronizationContext: false);
        var options = new RtspServerOptions { ViewerQueueBytes = 64 * 1024, ViewerQueuePackets = 1024 };
        await using var h = await ServerHarness.StartAsync(output, options, toClient: smallPipe);
        var stream = h.AddLive("cam");
        await using var slow = h.Connect();
        await using var fast = h.Connect();
        foreach (var c in new[] { slow, fast })
        {
            await c.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
            await c.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        }

        var slowEnded = h.NextSessionEnd();
        var received = await fast.ReadInterleavedAsync(5).WithTimeout();

        // the fast viewer keeps up (it reads each batch); the slow one never reads
        for (var batch = 0; batch < 20; batch++)
        {
            for (var i = 0; i < 20; i++)
            {
                stream.Push(0, TestMedia.P((3 + (batch * 20) + i) * 7500, size: 1000));
            }

            received.AddRange(await fast.ReadInterleavedAsync(20).WithTimeout());
        }

        Assert.Equal(405, received.Count(f => f.IsRtp));
        Assert.Equal(Enumerable.Range(RecordingViewer.Sequence(received[0].Payload), 405).Select(n => (ushort)n), received.Select(f => RecordingViewer.Sequence(f.Payload)));
        Assert.Equal("viewer too slow (send queue full)", await slowEnded.WithTimeout());
        Assert.Equal(1, stream.DroppedViewers);
        Assert.Equal(1, stream.ViewerCount);

        // what the slow viewer was sent stayed within its queue and pipe bounds (400 KB were offered)
        var slowBytes = (await slow.ReadUntilClosedAsync().WithTimeout()).Sum(f => f.Payload.Length + 4);
        Assert.InRange(slowBytes, 1, (64 + 32 + 16) * 1024);
    }

    [Fact]
    public async Task StalledViewerOfALowRateStream_IsDroppedAfterTheStallTimeout()
    {
        var smallPipe = new PipeOptions(pauseWriterThreshold: 4096, resumeWriterThreshold: 2048, useSynchronizationContext: false);
        await using var h = await ServerHarness.StartAsync(output, new RtspServerOptions { ViewerStallTimeout = TimeSpan.FromSeconds(10) }, toClient: smallPipe);
        using var waiting = new LogEventSignal(2208); // the writer has marked a flush as waiting for the peer
        h.AddLoggerProvider(waiting);
        var stream = h.AddLive("cam");
        await using var stalled = h.Connect();
        await stalled.RequestAsync(RtspMethod.Setup, "/cam/trackID=0", (RtspHeaderNames.Transport, "RTP/AVP/TCP;unicast")).WithTimeout();
        await stalled.RequestAsync(RtspMethod.Play, "/cam").WithTimeout();
        var ended = h.NextSessionEnd();

        // far less than the 4 MiB queue bound, but more than the peer's pipe takes
        for (var i = 0; i < 10; i++)
        {
            stream.Push(0, TestMedia.P((i + 3) * 7500, size: 1000));
        }

        // the clock moves only once the writer has marked its flush as waiting (else, on a loaded machine, the heartbeats
        // would all run before it); the peer does not even look at the bytes: a reader that examines everything lets the
        // pipe resume the writer, which would then no longer be waiting
        await waiting.Seen.WithTimeout();
        h.Time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(ended.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("viewer too slow (send queue full)", await ended.WithTimeout());
        Assert.Equal(0, stream.ViewerCount);
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var data = seed.ToList();
        var edits = random.Next(1, 8);
        for (var e = 0; e < edits && data.Count > 0; e++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(4))
            {
                case 0: data[at] = (byte)random.Next(256); break;
                case 1: data.RemoveAt(at); break;
                case 2: data.Insert(at, (byte)random.Next(256)); break;
                default: data.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256))); break;
            }
        }

        return [.. data];
    }
}
