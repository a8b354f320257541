using System.Buffers;
using System.IO.Pipelines;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Transport;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Transport;

public sealed class ConnectionWriterTests
{
    [Fact]
    public async Task TryWrite_MessagesAndFrames_AreWrittenInOrderWithInterleavedFraming()
    {
        var (client, server) = InMemoryConnection.CreatePair();
        var writer = new ConnectionWriter(server, OutboundQueueLimits.Default, NullLogger.Instance);
        writer.Start();
        Assert.True(writer.TryWrite("RTSP/1.0 200 OK\r\n\r\n"u8.ToArray()));
        Assert.True(writer.TryWriteInterleaved(1, new byte[] { 0xAA, 0xBB, 0xCC }));
        Assert.True(writer.TryWrite("X"u8.ToArray()));
        await writer.DisposeAsync();
        await server.DisposeAsync();

        var all = await ReadAllAsync(client.Input);
        byte[] expected = [.. "RTSP/1.0 200 OK\r\n\r\n"u8, (byte)'$', 1, 0, 3, 0xAA, 0xBB, 0xCC, (byte)'X'];
        Assert.Equal(expected, all);
    }

    [Fact]
    public async Task TryWriteInterleaved_PeerNeverReads_QueueOverflowsAndConnectionIsAborted()
    {
        var small = new PipeOptions(pauseWriterThreshold: 4096, resumeWriterThreshold: 2048, useSynchronizationContext: false);
        var (client, server) = InMemoryConnection.CreatePair(toClient: small);
        var limits = new OutboundQueueLimits(64, 16 * 1024);
        var writer = new ConnectionWriter(server, limits, NullLogger.Instance);
        writer.Start();
        var packet = new byte[1000];
        var accepted = 0;
        for (var i = 0; i < 10_000 && writer.TryWriteInterleaved(0, packet); i++)
        {
            accepted++;
        }

        Assert.True(writer.Overflowed);
        Assert.True(server.Closed.IsCancellationRequested);
        Assert.Contains("send queue full", server.AbortReason);

        // memory stayed bounded: what was accepted fits the queue plus the pipe, not the 10 000 offered
        Assert.InRange(accepted, 1, 16 + 1 + 8);
        await writer.Completion.WithTimeout();
        Assert.False(writer.TryWriteInterleaved(0, packet));
        await server.DisposeAsync();
        await client.DisposeAsync();
    }

    private static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        var output = new ArrayBufferWriter<byte>();
        for (var guard = 0; guard < 1000; guard++)
        {
            var result = await reader.ReadAsync().AsTask().WithTimeout();
            foreach (var segment in result.Buffer)
            {
                output.Write(segment.Span);
            }

            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        return output.WrittenSpan.ToArray();
    }
}
