using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Transport;

/// <summary>A TCP listener that hands out <see cref="SocketConnection"/>s.</summary>
internal sealed class SocketConnectionListener : IConnectionListener
{
    private readonly Socket _socket;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly int? _sendBufferSize;
    private int _disposed;

    private SocketConnectionListener(Socket socket, ILogger logger, TimeProvider time, int? sendBufferSize)
    {
        _socket = socket;
        _logger = logger;
        _time = time;
        _sendBufferSize = sendBufferSize;
        EndPoint = socket.LocalEndPoint!;
    }

    public EndPoint EndPoint { get; }

    /// <summary>Binds and listens (port 0 picks a free port; see <see cref="EndPoint"/>).</summary>
    /// <param name="sendBufferSize">Kernel send buffer of accepted connections (null: OS default).</param>
    public static SocketConnectionListener Bind(IPEndPoint endPoint, ILogger logger, TimeProvider time, int backlog = 512, int? sendBufferSize = null)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (endPoint.AddressFamily == AddressFamily.InterNetworkV6 && endPoint.Address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true;
            }

            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(endPoint);
            socket.Listen(backlog);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new SocketConnectionListener(socket, logger, time, sendBufferSize);
    }

    public async ValueTask<DuplexConnection?> AcceptAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Socket accepted;
            try
            {
                accepted = await _socket.AcceptAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                return null;
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.OperationAborted || Volatile.Read(ref _disposed) != 0)
            {
                return null;
            }
            catch (SocketException ex)
            {
                // a connection reset before it was accepted: keep listening
                TransportLog.AcceptFailed(_logger, ex.SocketErrorCode);
                continue;
            }

            return SocketConnection.Start(accepted, _logger, _time, sendBufferSize: _sendBufferSize);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _socket.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
