using System.Net.Sockets;

namespace Vms.Rtsp.Transport;

internal sealed partial class ConnectionWriter
{
    /// <summary>Entries taken from the queue per lock.</summary>
    private const int DequeueBatch = 64;

    /// <summary>
    /// The loop of a socket connection: takes the queued entries in batches, gathers them (shared buffers referenced,
    /// adjacent frames merged, other frames framed into a staging array) and sends each gather with one
    /// <c>sendmsg</c>. A send that does not complete at once means the kernel buffer is full: the writer counts as
    /// blocked from then on (see <see cref="IsStalled"/>), and its queue fills while it waits.
    /// </summary>
    private async Task SendLoopAsync(Socket socket)
    {
        await Task.Yield();
        var items = new OutboundItem[DequeueBatch];
        var gather = new SendGather();
        using var sender = new SocketSender();
        try
        {
            while (await _queue.WaitToReadAsync().ConfigureAwait(false))
            {
                for (var guard = 0; guard < 1_000_000; guard++)
                {
                    var taken = _queue.TryDequeueMany(items);
                    if (taken == 0)
                    {
                        break;
                    }

                    for (var i = 0; i < taken; i++)
                    {
                        if (!gather.TryAdd(items[i]))
                        {
                            await SendAsync(socket, sender, gather).ConfigureAwait(false);
                            if (!gather.TryAdd(items[i]))
                            {
                                throw new InvalidOperationException("an outbound entry does not fit an empty gather");
                            }
                        }
                    }

                    Array.Clear(items, 0, taken); // let the buffers go
                }

                await SendAsync(socket, sender, gather).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            TransportLog.WriterStopped(_logger, _connection.Id, ex.Message);
        }
        finally
        {
            _queue.Complete();
            _queue.Clear();
        }
    }

    /// <summary>Sends everything gathered (resuming after partial sends), then clears the gather.</summary>
    private async ValueTask SendAsync(Socket socket, SocketSender sender, SendGather gather)
    {
        for (var guard = 0; guard < 1_000_000 && !gather.IsEmpty; guard++)
        {
            var started = _time.GetTimestamp();
            var pending = sender.SendAsync(socket, gather.Segments);
            if (!pending.IsCompleted)
            {
                // the kernel buffer is full: blocked since the send began
                Volatile.Write(ref _blockedSince, started);
                Volatile.Write(ref _blocked, 1);
            }

            var sent = await pending.ConfigureAwait(false);
            Volatile.Write(ref _blocked, 0);
            if (sent <= 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset);
            }

            Interlocked.Add(ref _sentBytes, sent);
            gather.Consume(sent);
        }

        gather.Clear();
    }
}
