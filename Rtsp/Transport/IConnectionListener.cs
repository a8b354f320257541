using System.Net;

namespace Vms.Rtsp.Transport;

/// <summary>Accepts <see cref="DuplexConnection"/>s (TCP listener or in-memory).</summary>
internal interface IConnectionListener : IAsyncDisposable
{
    /// <summary>The bound address (the real port when bound to port 0).</summary>
    EndPoint EndPoint { get; }

    /// <summary>The next connection, or null once the listener is disposed.</summary>
    ValueTask<DuplexConnection?> AcceptAsync(CancellationToken cancellationToken);
}
