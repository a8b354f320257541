using System.Buffers;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Vms.Rtsp.Transport;
using Vms.TestSupport;

namespace Vms.Rtsp.Tests.Transport;

public sealed class SocketConnectionTests
{
    [Fact]
    public async Task AcceptAndConnect_BytesWritten_ArriveAtThePeer()
    {
        await using var listener = SocketConnectionListener.Bind(new IPEndPoint(Loopback.Address, 0), NullLogger.Instance, TimeProvider.System);
        var port = ((IPEndPoint)listener.EndPoint).Port;
        Assert.NotEqual(0, port);
        var accept = listener.AcceptAsync(CancellationToken.None).AsTask();
        await using var client = await SocketConnection.ConnectAsync(listener.EndPoint, NullLogger.Instance, TimeProvider.System, CancellationToken.None).WithTimeout();
        await using var server = (await accept.WithTimeout())!;

        var payload = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var send = Task.Run(async () =>
        {
            await client.Output.WriteAsync(payload);
            await client.Output.CompleteAsync();
        });

        var received = new ArrayBufferWriter<byte>();
        for (var guard = 0; guard < 100_000; guard++)
        {
            var result = await server.Input.ReadAsync().AsTask().WithTimeout();
            foreach (var segment in result.Buffer)
            {
                received.Write(segment.Span);
            }

            server.Input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                break;
            }
        }

        await send.WithTimeout();
        Assert.Equal(payload, received.WrittenSpan.ToArray());
    }

    [Fact]
    public async Task Abort_PeerSeesEndOfInput()
    {
        await using var listener = SocketConnectionListener.Bind(new IPEndPoint(Loopback.Address, 0), NullLogger.Instance, TimeProvider.System);
        var accept = listener.AcceptAsync(CancellationToken.None).AsTask();
        await using var client = await SocketConnection.ConnectAsync(listener.EndPoint, NullLogger.Instance, TimeProvider.System, CancellationToken.None).WithTimeout();
        await using var server = (await accept.WithTimeout())!;
        server.Abort("test");
        Assert.True(server.Closed.IsCancellationRequested);
        for (var guard = 0; guard < 100; guard++)
        {
            var result = await client.Input.ReadAsync().AsTask().WithTimeout();
            client.Input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }

        Assert.Fail("the peer never saw the end of input");
    }

    [Fact]
    public async Task AcceptAsync_AfterDispose_ReturnsNull()
    {
        var listener = SocketConnectionListener.Bind(new IPEndPoint(Loopback.Address, 0), NullLogger.Instance, TimeProvider.System);
        var accept = listener.AcceptAsync(CancellationToken.None).AsTask();
        await listener.DisposeAsync();
        Assert.Null(await accept.WithTimeout());
    }
}
