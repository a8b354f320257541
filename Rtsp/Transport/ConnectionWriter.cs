using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Transport;

/// <summary>
/// The one serialized writer of a connection. RTSP messages and interleaved RTP/RTCP frames
/// (<c>$</c>, channel, 16-bit length, packet — RFC 2326 §10.12) from any thread go through one bounded
/// <see cref="OutboundQueue"/>, and a single loop copies them to the connection's output pipe, so frames
/// never interleave mid-message. A producer that finds the queue full is refused and the connection is
/// aborted: a peer that does not read is dropped, never buffered without limit. On a TCP socket the loop sends
/// straight to the socket instead (see <see cref="DuplexConnection.DirectSocket"/>): gathered sends that reference
/// the queued buffers, so shared interleaved frames are never copied per connection.
/// </summary>
internal sealed partial class ConnectionWriter : IAsyncDisposable
{
    /// <summary>Bytes copied to the pipe between two flushes.</summary>
    private const int FlushBatch = 64 * 1024;

    private readonly DuplexConnection _connection;
    private readonly OutboundQueue _queue;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private Task _loop = Task.CompletedTask;
    private int _blocked;
    private long _blockedSince;
    private int _overflowed;
    private long _sentBytes;

    /// <param name="time">The clock of <see cref="IsStalled"/>'s timestamps (the system clock when null).</param>
    public ConnectionWriter(DuplexConnection connection, OutboundQueueLimits limits, ILogger logger, TimeProvider? time = null)
    {
        _connection = connection;
        _queue = new OutboundQueue(limits);
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The connection written to.</summary>
    public DuplexConnection Connection => _connection;

    /// <summary>True once a write was refused because the queue was full, or the peer stalled (the connection is then aborted).</summary>
    public bool Overflowed => Volatile.Read(ref _overflowed) != 0;

    /// <summary>Bytes handed to the output pipe so far.</summary>
    public long SentBytes => Interlocked.Read(ref _sentBytes);

    /// <summary>Entries waiting in the queue.</summary>
    public int QueuedItems => _queue.Count;

    /// <summary>Wire bytes waiting in the queue.</summary>
    public long QueuedBytes => _queue.Bytes;

    /// <summary>Completes when the loop has stopped (queue completed and drained, output closed or aborted).</summary>
    public Task Completion => _loop;

    public void Start() => _loop = _connection.DirectSocket is { } socket ? SendLoopAsync(socket) : WriteLoopAsync();

    /// <summary>
    /// True when the writer's current flush has been waiting on a full output for more than
    /// <paramref name="limitTicks"/> (<see cref="TimeProvider.GetTimestamp"/> units of the writer's clock): the peer
    /// accepts nothing (a stalled viewer of a low-rate stream, which would take minutes to reach the queue's byte
    /// bound). The wait is timed from the moment the flush began, not from the first check that saw it, so the
    /// timeout does not depend on when the heartbeat happens to look.
    /// </summary>
    public bool IsStalled(long now, long limitTicks) =>
        Volatile.Read(ref _blocked) != 0 && now - Volatile.Read(ref _blockedSince) > limitTicks;

    /// <summary>Drops the peer: refuses further writes and aborts the connection.</summary>
    public void Abort(string reason)
    {
        if (Interlocked.Exchange(ref _overflowed, 1) == 0)
        {
            TransportLog.PeerStalled(_logger, _connection.Id, reason, _queue.Count, _queue.Bytes);
            _queue.Complete();
            _connection.Abort(reason);
        }
    }

    /// <summary>Queues bytes written as they are (an RTSP message); false when refused.</summary>
    public bool TryWrite(ReadOnlyMemory<byte> message) => Enqueue(new OutboundItem(message, OutboundItem.Raw));

    /// <summary>Queues one interleaved frame; false when refused (queue full: the connection is aborted).</summary>
    public bool TryWriteInterleaved(int channel, ReadOnlyMemory<byte> packet)
    {
        if ((uint)channel > 255 || packet.Length > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), "interleaved channel 0-255 and packet ≤ 65535 bytes");
        }

        return Enqueue(new OutboundItem(packet, channel));
    }

    /// <summary>Queues several interleaved frames on one channel at once (one lock, one wake-up); false when refused.</summary>
    public bool TryWriteInterleaved(int channel, ReadOnlySpan<ReadOnlyMemory<byte>> packets)
    {
        if ((uint)channel > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), "interleaved channel 0-255");
        }

        if (_queue.TryEnqueueMany(packets, channel))
        {
            return true;
        }

        Overflow();
        return false;
    }

    /// <summary>
    /// Queues interleaved frames that are already framed in their buffers: the 4 bytes before each packet, in the same
    /// array, hold its <c>$</c>, channel and length header, and none of those bytes is ever written again. They are
    /// queued as they are (one entry per frame, so the queue's bounds count as for <see cref="TryWriteInterleaved(int, ReadOnlySpan{ReadOnlyMemory{byte}})"/>)
    /// and sent without a copy on a socket. One lock, one wake-up; false when refused.
    /// </summary>
    public bool TryWriteFramed(ReadOnlySpan<ReadOnlyMemory<byte>> packets)
    {
        if (_queue.TryEnqueueFramed(packets))
        {
            return true;
        }

        Overflow();
        return false;
    }

    /// <summary>Stops accepting writes; the loop sends what is queued and ends.</summary>
    public void Complete() => _queue.Complete();

    /// <summary>Completes the queue and waits for the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Complete();
        await _loop.ConfigureAwait(false);
    }

    private bool Enqueue(in OutboundItem item)
    {
        if (_queue.TryEnqueue(item))
        {
            return true;
        }

        Overflow();
        return false;
    }

    private void Overflow()
    {
        if (!_queue.IsCompleted && Interlocked.Exchange(ref _overflowed, 1) == 0)
        {
            TransportLog.SendQueueFull(_logger, _connection.Id, _queue.Count, _queue.Bytes);
            _queue.Complete();
            _connection.Abort("send queue full: the peer does not read fast enough");
        }
    }

    private async Task WriteLoopAsync()
    {
        await Task.Yield();
        var output = _connection.Output;
        var closed = _connection.Closed;
        try
        {
            while (await _queue.WaitToReadAsync().ConfigureAwait(false))
            {
                var batch = 0;
                while (batch < FlushBatch && _queue.TryDequeue(out var item))
                {
                    Write(output, item);
                    batch += item.WireLength;
                }

                Interlocked.Add(ref _sentBytes, batch);
                var flushStarted = _time.GetTimestamp();
                var pending = output.FlushAsync(closed);
                if (!pending.IsCompleted)
                {
                    // the time is taken before the flush made the bytes visible to the peer
                    Volatile.Write(ref _blockedSince, flushStarted);
                    Volatile.Write(ref _blocked, 1);
                    TransportLog.WaitingForPeer(_logger, _connection.Id, batch);
                }

                var flush = await pending.ConfigureAwait(false);
                Volatile.Write(ref _blocked, 0);
                if (flush.IsCompleted || flush.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException)
        {
            TransportLog.WriterStopped(_logger, _connection.Id, ex.Message);
        }
        finally
        {
            _queue.Complete();
            _queue.Clear();
        }
    }

    private static void Write(PipeWriter output, in OutboundItem item)
    {
        var data = item.Data.Span;
        if (item.Channel == OutboundItem.Raw)
        {
            output.Write(data);
            return;
        }

        var span = output.GetSpan(data.Length + 4);
        span[0] = (byte)'$';
        span[1] = (byte)item.Channel;
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)data.Length);
        data.CopyTo(span[4..]);
        output.Advance(data.Length + 4);
    }
}
