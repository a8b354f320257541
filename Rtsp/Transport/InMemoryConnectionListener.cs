using System.IO.Pipelines;
using System.Net;
using System.Threading.Channels;

namespace Vms.Rtsp.Transport;

/// <summary>A listener whose connections are made by <see cref="Connect"/> in the same process.</summary>
internal sealed class InMemoryConnectionListener : IConnectionListener
{
    private readonly Channel<DuplexConnection> _pending = Channel.CreateUnbounded<DuplexConnection>();
    private readonly PipeOptions? _toClient;

    public InMemoryConnectionListener(PipeOptions? toClient = null) => _toClient = toClient;

    public EndPoint EndPoint { get; } = new IPEndPoint(IPAddress.Loopback, 554);

    /// <summary>Opens a connection; returns the client end (the server end is accepted by the server).</summary>
    public InMemoryConnection Connect()
    {
        var (client, server) = InMemoryConnection.CreatePair(toClient: _toClient);
        if (!_pending.Writer.TryWrite(server))
        {
            throw new InvalidOperationException("the listener is closed");
        }

        return client;
    }

    public async ValueTask<DuplexConnection?> AcceptAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _pending.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
