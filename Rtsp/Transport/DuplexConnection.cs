using System.IO.Pipelines;
using System.Net;

namespace Vms.Rtsp.Transport;

/// <summary>
/// A bidirectional byte stream seen as two pipes: a TCP socket, an in-memory pair (protocol tests without
/// sockets) or an HTTP tunnel. Whoever accepted or opened the connection owns it and disposes it.
/// </summary>
internal abstract class DuplexConnection : IAsyncDisposable
{
    /// <summary>A short identifier for logs (e.g. <c>c42</c>).</summary>
    public abstract string Id { get; }

    public abstract EndPoint? LocalEndPoint { get; }

    public abstract EndPoint? RemoteEndPoint { get; }

    /// <summary>Bytes received from the peer; completes when the peer closes its side.</summary>
    public abstract PipeReader Input { get; }

    /// <summary>Bytes to send. Only the connection's single writer (see <see cref="ConnectionWriter"/>) uses it.</summary>
    public abstract PipeWriter Output { get; }

    /// <summary>
    /// The connected socket when the connection is one, so its single writer may send to it directly (gathered sends
    /// of shared buffers, no copy into <see cref="Output"/>); null for other connections. A writer that uses it writes
    /// nothing to <see cref="Output"/> and must have finished before the connection is disposed.
    /// </summary>
    public virtual System.Net.Sockets.Socket? DirectSocket => null;

    /// <summary>Cancelled when the connection is aborted or has failed.</summary>
    public abstract CancellationToken Closed { get; }

    /// <summary>Closes the connection at once, dropping unsent bytes.</summary>
    public abstract void Abort(string reason);

    /// <summary>Sends what the output holds (bounded wait), then closes.</summary>
    public abstract ValueTask DisposeAsync();
}
