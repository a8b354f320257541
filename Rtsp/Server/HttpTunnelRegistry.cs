using System.IO.Pipelines;

namespace Vms.Rtsp.Server;

/// <summary>
/// Open RTSP-over-HTTP tunnels by session cookie: the GET connection registers the pipe its RTSP reader
/// reads; POST connections with the same cookie write their decoded requests into it.
/// </summary>
internal sealed class HttpTunnelRegistry
{
    private readonly Dictionary<string, Tunnel> _tunnels = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Registers a tunnel; false when the cookie is already in use.</summary>
    public bool TryOpen(string cookie, Pipe requests)
    {
        lock (_gate)
        {
            return _tunnels.TryAdd(cookie, new Tunnel(requests));
        }
    }

    public void Close(string cookie)
    {
        lock (_gate)
        {
            _tunnels.Remove(cookie);
        }
    }

    /// <summary>Takes the request pipe of a tunnel for one POST connection at a time; null when unknown or busy.</summary>
    public Pipe? TryAcquireWriter(string cookie)
    {
        lock (_gate)
        {
            if (!_tunnels.TryGetValue(cookie, out var tunnel) || tunnel.Busy)
            {
                return null;
            }

            tunnel.Busy = true;
            return tunnel.Requests;
        }
    }

    public void ReleaseWriter(string cookie)
    {
        lock (_gate)
        {
            if (_tunnels.TryGetValue(cookie, out var tunnel))
            {
                tunnel.Busy = false;
            }
        }
    }

    private sealed class Tunnel(Pipe requests)
    {
        public Pipe Requests { get; } = requests;

        public bool Busy { get; set; }
    }
}
