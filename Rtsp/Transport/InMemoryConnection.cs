using System.IO.Pipelines;
using System.Net;

namespace Vms.Rtsp.Transport;

/// <summary>
/// One end of an in-memory duplex pair: what one end writes the other reads. Protocol tests drive the server
/// and client through it without sockets; the pipes are bounded like a socket's, so a peer that stops
/// reading blocks the other's writer exactly as TCP would.
/// </summary>
internal sealed class InMemoryConnection : DuplexConnection
{
    private readonly CancellationTokenSource _closed = new();
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private int _disposed;

    private InMemoryConnection(string id, PipeReader input, PipeWriter output, EndPoint local, EndPoint remote)
    {
        Id = id;
        _input = input;
        _output = output;
        LocalEndPoint = local;
        RemoteEndPoint = remote;
    }

    public override string Id { get; }

    public override EndPoint? LocalEndPoint { get; }

    public override EndPoint? RemoteEndPoint { get; }

    public override PipeReader Input => _input;

    public override PipeWriter Output => _output;

    public override CancellationToken Closed => _closed.Token;

    /// <summary>The reason given to <see cref="Abort"/>, if any.</summary>
    public string? AbortReason { get; private set; }

    /// <summary>A connected pair. <paramref name="toClient"/> bounds what the server may have unread by the client.</summary>
    public static (InMemoryConnection Client, InMemoryConnection Server) CreatePair(PipeOptions? toServer = null, PipeOptions? toClient = null)
    {
        var c2s = new Pipe(toServer ?? TransportPipeOptions.Input);
        var s2c = new Pipe(toClient ?? TransportPipeOptions.Output);
        var id = ConnectionIds.Next('m');
        var clientEnd = new IPEndPoint(IPAddress.Loopback, 40000 + (int)(Environment.TickCount64 % 20000));
        var serverEnd = new IPEndPoint(IPAddress.Loopback, 554);
        var client = new InMemoryConnection(id + "c", s2c.Reader, c2s.Writer, clientEnd, serverEnd);
        var server = new InMemoryConnection(id, c2s.Reader, s2c.Writer, serverEnd, clientEnd);
        return (client, server);
    }

    public override void Abort(string reason)
    {
        if (_closed.IsCancellationRequested)
        {
            return;
        }

        AbortReason = reason;
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Completes both pipe ends this side owns, so the peer sees end of input.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (!_closed.IsCancellationRequested)
        {
            _closed.Cancel();
        }

        await _output.CompleteAsync().ConfigureAwait(false);
        await _input.CompleteAsync().ConfigureAwait(false);
        _closed.Dispose();
    }
}
