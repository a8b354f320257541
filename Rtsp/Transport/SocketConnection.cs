using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Vms.Rtsp.Transport;

/// <summary>
/// A TCP socket behind two pipes: a receive loop fills <see cref="Input"/>, a send loop drains
/// <see cref="Output"/>. The output pipe's pause threshold is the back-pressure point for the connection's
/// single writer.
/// </summary>
internal sealed class SocketConnection : DuplexConnection
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private readonly Socket _socket;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Pipe _input = new(TransportPipeOptions.Input);
    private readonly Pipe _output = new(TransportPipeOptions.Output);
    private readonly CancellationTokenSource _closed = new();
    private readonly SocketSender _sender = new();
    private Task _receiving = Task.CompletedTask;
    private Task _sending = Task.CompletedTask;
    private int _disposed;

    private SocketConnection(Socket socket, string id, ILogger logger, TimeProvider time)
    {
        _socket = socket;
        _logger = logger;
        _time = time;
        Id = id;
        LocalEndPoint = socket.LocalEndPoint;
        RemoteEndPoint = socket.RemoteEndPoint;
    }

    public override string Id { get; }

    public override EndPoint? LocalEndPoint { get; }

    public override EndPoint? RemoteEndPoint { get; }

    public override PipeReader Input => _input.Reader;

    public override PipeWriter Output => _output.Writer;

    public override CancellationToken Closed => _closed.Token;

    public override Socket? DirectSocket => _socket;

    /// <summary>Wraps a connected socket and starts its receive and send loops.</summary>
    /// <param name="sendBufferSize">The kernel send buffer (null: the OS default, autotuned up to several MB). A fixed
    /// size bounds how much a slow peer can leave unsent in the kernel before the writer notices.</param>
    public static SocketConnection Start(Socket socket, ILogger logger, TimeProvider time, char idPrefix = 'c', int? sendBufferSize = null)
    {
        socket.NoDelay = true;
        if (sendBufferSize is { } size)
        {
            socket.SendBufferSize = size;
        }

        var connection = new SocketConnection(socket, ConnectionIds.Next(idPrefix), logger, time);
        connection._receiving = connection.ReceiveLoopAsync();
        connection._sending = connection.SendLoopAsync();
        return connection;
    }

    /// <summary>Opens a TCP connection to <paramref name="endPoint"/>.</summary>
    public static async Task<SocketConnection> ConnectAsync(EndPoint endPoint, ILogger logger, TimeProvider time, CancellationToken cancellationToken)
    {
        // a host name (DnsEndPoint) gets a dual-mode socket that reaches IPv4 and IPv6 addresses
        var socket = endPoint is IPEndPoint ip ? new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp) : new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return Start(socket, logger, time, 'o');
    }

    public override void Abort(string reason)
    {
        if (_closed.IsCancellationRequested)
        {
            return;
        }

        TransportLog.ConnectionAborted(_logger, Id, reason);
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        _socket.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // let the send loop flush what was written, within a bound, then close
        await _output.Writer.CompleteAsync().ConfigureAwait(false);
        try
        {
            await _sending.WaitAsync(DrainTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }

        if (!_closed.IsCancellationRequested)
        {
            _closed.Cancel();
        }

        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }

        _socket.Dispose();
        await _receiving.ConfigureAwait(false);
        await _sending.ConfigureAwait(false);
        _closed.Dispose();
        _sender.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        await Task.Yield();
        var writer = _input.Writer;
        try
        {
            while (true)
            {
                var memory = writer.GetMemory(8192);
                var received = await _socket.ReceiveAsync(memory, SocketFlags.None, _closed.Token).ConfigureAwait(false);
                if (received == 0)
                {
                    break;
                }

                writer.Advance(received);
                var flush = await writer.FlushAsync(_closed.Token).ConfigureAwait(false);
                if (flush.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            TransportLog.ReceiveEnded(_logger, Id, ex.Message);
        }

        await writer.CompleteAsync().ConfigureAwait(false);
    }

    private async Task SendLoopAsync()
    {
        await Task.Yield();
        var reader = _output.Reader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(_closed.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                var remaining = buffer;
                while (!remaining.IsEmpty)
                {
                    // one gathered send for all the blocks flushed together; a partial send resumes where it stopped
                    var sent = await _sender.SendAsync(_socket, remaining).ConfigureAwait(false);
                    remaining = remaining.Slice(sent);
                }

                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    // the output was completed: everything is sent, tell the peer (FIN)
                    _socket.Shutdown(SocketShutdown.Send);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            TransportLog.SendEnded(_logger, Id, ex.Message);
            if (!_closed.IsCancellationRequested)
            {
                try
                {
                    _closed.Cancel();
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }

        // a writer waiting on a full pipe sees IsCompleted and stops
        await reader.CompleteAsync().ConfigureAwait(false);
    }
}
