using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Server;

/// <summary>
/// Sends one UDP session's packets from the shared server sockets. Like the TCP writer, producers queue into
/// a bounded <see cref="OutboundQueue"/> without waiting and one loop sends; an entry's channel is its
/// destination slot (track × 2, +1 for RTCP).
/// </summary>
internal sealed class UdpSender : IAsyncDisposable
{
    private readonly UdpMediaSockets _sockets;
    private readonly OutboundQueue _queue;
    private readonly SocketAddress?[] _destinations;
    private readonly ILogger _logger;
    private readonly string _id;
    private readonly Action _onOverflow;
    private Task _loop = Task.CompletedTask;
    private int _overflowed;

    public UdpSender(string id, UdpMediaSockets sockets, int trackCount, OutboundQueueLimits limits, Action onOverflow, ILogger logger)
    {
        _id = id;
        _sockets = sockets;
        _queue = new OutboundQueue(limits);
        _destinations = new SocketAddress?[trackCount * 2];
        _onOverflow = onOverflow;
        _logger = logger;
    }

    /// <summary>Simulated loss (<see cref="RtspServerOptions.UdpRtpPacketLoss"/>): asked per RTP packet, true drops it.</summary>
    public Func<bool>? Loss { get; init; }

    public bool Overflowed => Volatile.Read(ref _overflowed) != 0;

    /// <summary>Packets queued and not yet sent.</summary>
    public int QueuedItems => _queue.Count;

    /// <summary>Bytes queued and not yet sent.</summary>
    public long QueuedBytes => _queue.Bytes;

    /// <summary>Where a track's RTP (and RTCP, port + 1 or the given one) go. Call before <see cref="Start"/>.</summary>
    public void SetDestination(int trackIndex, IPEndPoint rtp, IPEndPoint rtcp)
    {
        _destinations[trackIndex * 2] = rtp.Serialize();
        _destinations[(trackIndex * 2) + 1] = rtcp.Serialize();
    }

    public void Start() => _loop = SendLoopAsync();

    /// <summary>Queues a packet; false (and the session is told) when the queue is full.</summary>
    public bool TrySend(int trackIndex, bool rtcp, ReadOnlyMemory<byte> packet)
    {
        var slot = (trackIndex * 2) + (rtcp ? 1 : 0);
        if ((uint)slot >= (uint)_destinations.Length || _destinations[slot] is null)
        {
            return true;
        }

        if (_queue.TryEnqueue(new OutboundItem(packet, slot)))
        {
            return true;
        }

        if (!_queue.IsCompleted && Interlocked.Exchange(ref _overflowed, 1) == 0)
        {
            TransportLog.SendQueueFull(_logger, _id, _queue.Count, _queue.Bytes);
            _queue.Complete();
            _onOverflow();
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Complete();
        await _loop.ConfigureAwait(false);
    }

    private async Task SendLoopAsync()
    {
        await Task.Yield();
        while (await _queue.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_queue.TryDequeue(out var item))
            {
                var rtp = (item.Channel & 1) == 0;
                if (rtp && Loss is { } loss && loss())
                {
                    continue;
                }

                var socket = rtp ? _sockets.Rtp : _sockets.Rtcp;
                try
                {
                    // UDP sends complete at once (the kernel drops rather than blocks), so a synchronous send is fine
                    socket.SendTo(item.Data.Span, SocketFlags.None, _destinations[item.Channel]!);
                }
                catch (SocketException ex)
                {
                    ServerLog.UdpSendError(_logger, _id, ex.SocketErrorCode);
                }
                catch (ObjectDisposedException)
                {
                    _queue.Complete();
                    _queue.Clear();
                    return;
                }
            }
        }
    }
}
