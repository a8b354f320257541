using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Transport;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Transport;

/// <summary>The writer on a real socket sends directly (gathered sends of the queued buffers).</summary>
public sealed class ConnectionWriterSocketTests
{
    [Fact]
    public async Task TryWriteFramed_OverASocket_PeerReadsMessagesAndFramesInOrder()
    {
        await using var listener = SocketConnectionListener.Bind(new IPEndPoint(Loopback.Address, 0), NullLogger.Instance, TimeProvider.System);
        var accept = listener.AcceptAsync(CancellationToken.None).AsTask();
        await using var client = await SocketConnection.ConnectAsync(listener.EndPoint, NullLogger.Instance, TimeProvider.System, CancellationToken.None).WithTimeout();
        var server = (await accept.WithTimeout())!;
        var writer = new ConnectionWriter(server, OutboundQueueLimits.Default, NullLogger.Instance);
        writer.Start();

        // a slab of framed packets, as the server's packetizer writes them: header, packet, header, packet...
        var random = new Random(7);
        var slab = new byte[60_000];
        var framed = new List<ReadOnlyMemory<byte>>();
        var at = 0;
        for (var guard = 0; guard < 100 && at + 1404 <= slab.Length; guard++)
        {
            var length = random.Next(12, 1400);
            slab[at] = (byte)'$';
            slab[at + 1] = 0;
            BinaryPrimitives.WriteUInt16BigEndian(slab.AsSpan(at + 2), (ushort)length);
            random.NextBytes(slab.AsSpan(at + 4, length));
            framed.Add(slab.AsMemory(at + 4, length));
            at += 4 + length;
        }

        var expected = new ArrayBufferWriter<byte>();
        expected.Write("RTSP/1.0 200 OK\r\n\r\n"u8);
        Assert.True(writer.TryWrite("RTSP/1.0 200 OK\r\n\r\n"u8.ToArray()));
        for (var round = 0; round < 20; round++)
        {
            // about 1 MB in all: several sends, some partial
            Assert.True(writer.TryWriteFramed(framed.ToArray()));
            expected.Write(slab.AsSpan(0, at));
            Assert.True(writer.TryWriteInterleaved(3, new byte[] { 9, 8, 7 }));
            expected.Write<byte>([(byte)'$', 3, 0, 3, 9, 8, 7]);
        }

        await writer.DisposeAsync();
        Assert.Equal(expected.WrittenCount, writer.SentBytes);
        await server.DisposeAsync();

        var received = await ReadAllAsync(client);
        Assert.Equal(expected.WrittenSpan.ToArray(), received);
    }

    [Fact]
    public async Task TryWriteInterleaved_OverASocketPeerNeverReads_QueueOverflowsAndConnectionIsAborted()
    {
        await using var listener = SocketConnectionListener.Bind(new IPEndPoint(Loopback.Address, 0), NullLogger.Instance, TimeProvider.System);
        var accept = listener.AcceptAsync(CancellationToken.None).AsTask();
        await using var client = await SocketConnection.ConnectAsync(listener.EndPoint, NullLogger.Instance, TimeProvider.System, CancellationToken.None).WithTimeout();
        await using var server = (await accept.WithTimeout())!;
        var writer = new ConnectionWriter(server, new OutboundQueueLimits(64, 64 * 1024), NullLogger.Instance);
        writer.Start();

        // the client's receive loop stops once its input pipe is full (nobody reads it): the kernel buffers fill, then the queue
        var packet = new byte[1400];
        var accepted = 0;
        for (var i = 0; i < 200_000 && writer.TryWriteInterleaved(0, packet); i++)
        {
            accepted++;
        }

        Assert.True(writer.Overflowed);
        Assert.True(server.Closed.IsCancellationRequested);
        Assert.InRange(accepted, 1, 199_999);
        await writer.Completion.WithTimeout();
        Assert.False(writer.TryWriteInterleaved(0, packet));
    }

    private static async Task<byte[]> ReadAllAsync(DuplexConnection connection)
    {
        var output = new ArrayBufferWriter<byte>();
        for (var guard = 0; guard < 100_000; guard++)
        {
            var result = await connection.Input.ReadAsync().AsTask().WithTimeout();
            foreach (var segment in result.Buffer)
            {
                output.Write(segment.Span);
            }

            connection.Input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        return output.WrittenSpan.ToArray();
    }
}
