using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Client;

/// <summary>
/// A track's local RTP/RTCP UDP pair (even port, port + 1) and its two receive loops. Received buffers are
/// reused at once: the handlers only read them during the call.
/// </summary>
internal sealed class UdpTrackSockets : IAsyncDisposable
{
    private readonly Socket _rtp;
    private readonly Socket _rtcp;
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private Task _rtpLoop = Task.CompletedTask;
    private Task _rtcpLoop = Task.CompletedTask;

    private UdpTrackSockets(Socket rtp, Socket rtcp, ILogger logger)
    {
        _rtp = rtp;
        _rtcp = rtcp;
        _logger = logger;
        RtpPort = ((IPEndPoint)rtp.LocalEndPoint!).Port;
    }

    public int RtpPort { get; }

    /// <summary>Binds the first free even/odd pair at or above <paramref name="portBase"/> (0: any).</summary>
    public static UdpTrackSockets Bind(IPAddress address, int portBase, ILogger logger)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var wanted = portBase == 0 ? 0 : portBase + (2 * attempt);
            if (wanted > 65534)
            {
                break;
            }

            var rtp = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            Socket? rtcp = null;
            try
            {
                rtp.Bind(new IPEndPoint(address, wanted));
                var port = ((IPEndPoint)rtp.LocalEndPoint!).Port;
                if (port % 2 != 0 || port > 65534)
                {
                    rtp.Dispose();
                    continue;
                }

                rtcp = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                rtcp.Bind(new IPEndPoint(address, port + 1));
                rtp.ReceiveBufferSize = 4 * 1024 * 1024;
                return new UdpTrackSockets(rtp, rtcp, logger);
            }
            catch (SocketException)
            {
                rtp.Dispose();
                rtcp?.Dispose();
            }
        }

        throw new InvalidOperationException($"no free UDP port pair for RTP/RTCP from {portBase}");
    }

    /// <summary>Starts receiving; <paramref name="onRtp"/> and <paramref name="onRtcp"/> get each datagram.</summary>
    public void Start(Action<ReadOnlyMemory<byte>> onRtp, Action<ReadOnlyMemory<byte>> onRtcp)
    {
        _rtpLoop = ReceiveAsync(_rtp, onRtp);
        _rtcpLoop = ReceiveAsync(_rtcp, onRtcp);
    }

    /// <summary>Sends an RTCP packet from the RTCP port (receiver reports).</summary>
    public void SendRtcp(ReadOnlySpan<byte> packet, IPEndPoint to)
    {
        try
        {
            _rtcp.SendTo(packet, SocketFlags.None, to);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            ClientLog.UdpSendFailed(_logger, to, ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _rtp.Dispose();
        _rtcp.Dispose();
        await _rtpLoop.ConfigureAwait(false);
        await _rtcpLoop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task ReceiveAsync(Socket socket, Action<ReadOnlyMemory<byte>> handler)
    {
        await Task.Yield();
        var buffer = new byte[65536];
        while (!_stop.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                continue; // ICMP errors from earlier sends surface here
            }

            handler(buffer.AsMemory(0, received));
        }
    }
}
