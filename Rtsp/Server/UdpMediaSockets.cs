using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Server;

/// <summary>
/// The server's one RTP/RTCP UDP socket pair (even port, port + 1) shared by every UDP session, like the
/// <c>server_port</c> of RFC 2326 §12.39. Receivers' RTCP reports arriving on the RTCP port keep their
/// session alive; packets on the RTP port (NAT openers) are read and ignored.
/// </summary>
internal sealed class UdpMediaSockets : IAsyncDisposable
{
    private readonly ConcurrentDictionary<IPEndPoint, Action> _rtcpPeers = new();
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _rtpLoop = Task.CompletedTask;
    private Task _rtcpLoop = Task.CompletedTask;

    private UdpMediaSockets(Socket rtp, Socket rtcp, ILogger logger)
    {
        Rtp = rtp;
        Rtcp = rtcp;
        _logger = logger;
        RtpPort = ((IPEndPoint)rtp.LocalEndPoint!).Port;
    }

    public Socket Rtp { get; }

    public Socket Rtcp { get; }

    public int RtpPort { get; }

    public int RtcpPort => RtpPort + 1;

    /// <summary>Binds an even/odd pair on <paramref name="address"/>; port 0 picks a free pair.</summary>
    public static UdpMediaSockets Bind(IPAddress address, int rtpPort, ILogger logger)
    {
        if (rtpPort != 0 && rtpPort % 2 != 0)
        {
            throw new ArgumentException("the RTP port must be even (RTCP uses the next one)", nameof(rtpPort));
        }

        for (var attempt = 0; attempt < 64; attempt++)
        {
            var rtp = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            Socket? rtcp = null;
            try
            {
                rtp.Bind(new IPEndPoint(address, rtpPort));
                var port = ((IPEndPoint)rtp.LocalEndPoint!).Port;
                if (port % 2 != 0 || port == 65535)
                {
                    rtp.Dispose();
                    continue;
                }

                rtcp = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                rtcp.Bind(new IPEndPoint(address, port + 1));
                rtp.SendBufferSize = 4 * 1024 * 1024;
                var sockets = new UdpMediaSockets(rtp, rtcp, logger);
                sockets.Start();
                return sockets;
            }
            catch (SocketException) when (rtpPort == 0)
            {
                rtp.Dispose();
                rtcp?.Dispose();
            }
            catch
            {
                rtp.Dispose();
                rtcp?.Dispose();
                throw;
            }
        }

        throw new InvalidOperationException("no free even/odd UDP port pair for RTP/RTCP");
    }

    /// <summary>Calls <paramref name="onReport"/> whenever RTCP arrives from <paramref name="peer"/> (a client's RTCP port).</summary>
    public void RegisterRtcpPeer(IPEndPoint peer, Action onReport) => _rtcpPeers[peer] = onReport;

    public void UnregisterRtcpPeer(IPEndPoint peer) => _rtcpPeers.TryRemove(peer, out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        Rtp.Dispose();
        Rtcp.Dispose();
        await _rtpLoop.ConfigureAwait(false);
        await _rtcpLoop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Start()
    {
        _rtpLoop = ReceiveLoopAsync(Rtp, rtcp: false);
        _rtcpLoop = ReceiveLoopAsync(Rtcp, rtcp: true);
    }

    private async Task ReceiveLoopAsync(Socket socket, bool rtcp)
    {
        await Task.Yield();
        var buffer = new byte[2048];
        var from = new SocketAddress(socket.AddressFamily);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await socket.ReceiveFromAsync(buffer, SocketFlags.None, from, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // ICMP port unreachable from a gone client surfaces here on some systems: keep reading
                ServerLog.UdpReceiveError(_logger, ex.SocketErrorCode);
                continue;
            }

            if (rtcp && !_rtcpPeers.IsEmpty)
            {
                var peer = (IPEndPoint)new IPEndPoint(IPAddress.Any, 0).Create(from);
                if (_rtcpPeers.TryGetValue(peer, out var onReport))
                {
                    onReport();
                }
            }
        }
    }
}
