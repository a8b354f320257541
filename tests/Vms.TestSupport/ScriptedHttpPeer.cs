using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vms.TestSupport;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1:0 whose answers are scripted by the test (a fake camera, a fake web
/// server). Content-Length bodies only, keep-alive honoured, every request recorded. Header block ≤ 16 KiB,
/// body ≤ 4 MiB.
/// </summary>
public sealed class ScriptedHttpPeer : IAsyncDisposable
{
    private const int MaxHeaderBytes = 16 * 1024;
    private const int MaxBodyBytes = 4 * 1024 * 1024;
    private readonly TcpListener _listener;
    private readonly Func<ScriptedHttpRequest, CancellationToken, ValueTask<ScriptedHttpResponse>> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ScriptedHttpRequest> _requests = new();
    private readonly ConcurrentDictionary<int, Task> _connections = new();
    private readonly Task _acceptLoop;
    private int _connectionIds;

    private ScriptedHttpPeer(Func<ScriptedHttpRequest, CancellationToken, ValueTask<ScriptedHttpResponse>> handler, IPAddress address)
    {
        _handler = handler;
        _listener = new TcpListener(address, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary><c>http://127.0.0.1:port</c>.</summary>
    public Uri BaseUri => new($"http://{EndPoint.Address}:{EndPoint.Port}");

    public IReadOnlyList<ScriptedHttpRequest> Requests => [.. _requests];

    public static ScriptedHttpPeer Start(Func<ScriptedHttpRequest, ScriptedHttpResponse> handler, IPAddress? address = null) =>
        new((r, _) => ValueTask.FromResult(handler(r)), address ?? IPAddress.Loopback);

    public static ScriptedHttpPeer Start(Func<ScriptedHttpRequest, CancellationToken, ValueTask<ScriptedHttpResponse>> handler, IPAddress? address = null) =>
        new(handler, address ?? IPAddress.Loopback);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var id = Interlocked.Increment(ref _connectionIds);
            _connections[id] = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var buffer = new List<byte>();
            var chunk = new byte[8192];
            // Bounded: each request consumes input; the connection ends on EOF, error or Connection: close.
            while (!_stop.IsCancellationRequested)
            {
                int headerEnd;
                while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
                {
                    if (buffer.Count > MaxHeaderBytes)
                    {
                        return;
                    }

                    var n = await stream.ReadAsync(chunk, _stop.Token).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, n));
                }

                var head = Encoding.ASCII.GetString([.. buffer.GetRange(0, headerEnd)]);
                buffer.RemoveRange(0, headerEnd + 4);
                var lines = head.Split("\r\n");
                var requestLine = lines[0].Split(' ');
                var headers = lines.Skip(1).Where(l => l.Contains(':', StringComparison.Ordinal))
                    .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
                    .ToArray();
                var length = headers.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => int.Parse(h.Value, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
                if (length is < 0 or > MaxBodyBytes || requestLine.Length < 3)
                {
                    return;
                }

                while (buffer.Count < length)
                {
                    var n = await stream.ReadAsync(chunk, _stop.Token).ConfigureAwait(false);
                    if (n == 0)
                    {
                        return;
                    }

                    buffer.AddRange(chunk.AsSpan(0, n));
                }

                var body = buffer.GetRange(0, length).ToArray();
                buffer.RemoveRange(0, length);
                var request = new ScriptedHttpRequest(requestLine[0], requestLine[1], headers, body, (IPEndPoint)client.Client.LocalEndPoint!, (IPEndPoint)client.Client.RemoteEndPoint!);
                _requests.Enqueue(request);
                var response = await _handler(request, _stop.Token).ConfigureAwait(false);
                await WriteAsync(stream, response).ConfigureAwait(false);
                if (string.Equals(request.Header("Connection"), "close", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client went away or the peer is stopping
        }
    }

    private async Task WriteAsync(NetworkStream stream, ScriptedHttpResponse response)
    {
        var sb = new StringBuilder();
        sb.Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(response.Reason).Append("\r\n");
        foreach (var h in response.Headers)
        {
            sb.Append(h.Key).Append(": ").Append(h.Value).Append("\r\n");
        }

        sb.Append("Content-Length: ").Append(response.Body.Length).Append("\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(sb.ToString()), _stop.Token).ConfigureAwait(false);
        await stream.WriteAsync(response.Body, _stop.Token).ConfigureAwait(false);
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
