using Vms.Rtsp.Transport;

namespace Vms.Rtsp.Server;

/// <summary>
/// Where one session's packets go: per track, interleaved on the connection's single writer or to the
/// session's UDP sender. It is the <see cref="IStreamViewer"/> a live stream or a playback pump feeds.
/// </summary>
internal sealed class SessionOutput : IStreamViewer
{
    private readonly TrackRoute[] _routes;
    private readonly Action<string> _onEnded;
    private long _packets;
    private long _bytes;

    public SessionOutput(string id, int trackCount, Action<string> onEnded)
    {
        Id = id;
        _routes = new TrackRoute[trackCount];
        _onEnded = onEnded;
    }

    public string Id { get; }

    /// <summary>The connection writer for interleaved tracks (changes only while not playing).</summary>
    public ConnectionWriter? Writer { get; set; }

    /// <summary>The UDP sender for UDP tracks.</summary>
    public UdpSender? Udp { get; set; }

    public bool Overflowed => Writer?.Overflowed == true || Udp?.Overflowed == true;

    public long PacketsSent => Interlocked.Read(ref _packets);

    public long BytesSent => Interlocked.Read(ref _bytes);

    /// <summary>
    /// True while what waits to be sent (on the interleaved connection and the UDP sender) is under the given
    /// bounds: a replay without rate control sends only then, so it goes as fast as the transport drains.
    /// </summary>
    public bool HasBacklogUnder(int items, long bytes)
    {
        var queuedItems = (Writer?.QueuedItems ?? 0) + (Udp?.QueuedItems ?? 0);
        var queuedBytes = (Writer?.QueuedBytes ?? 0) + (Udp?.QueuedBytes ?? 0);
        return queuedItems < items && queuedBytes < bytes;
    }

    public TrackRoute Route(int trackIndex) => _routes[trackIndex];

    public void SetRoute(int trackIndex, TrackRoute route) => _routes[trackIndex] = route;

    /// <summary>True when at least one track is set up.</summary>
    public bool HasRoutes => Array.Exists(_routes, r => r.Kind != TrackRouteKind.None);

    public bool TryDeliver(int trackIndex, bool rtcp, ReadOnlyMemory<byte> packet)
    {
        if ((uint)trackIndex >= (uint)_routes.Length)
        {
            return true;
        }

        var route = _routes[trackIndex];
        bool ok;
        switch (route.Kind)
        {
            case TrackRouteKind.Interleaved:
                ok = Writer!.TryWriteInterleaved(rtcp ? route.RtpChannel + 1 : route.RtpChannel, packet);
                break;
            case TrackRouteKind.Udp:
                ok = Udp!.TrySend(trackIndex, rtcp, packet);
                break;
            default:
                return true;
        }

        if (ok)
        {
            _packets++;
            _bytes += packet.Length;
        }

        return ok;
    }

    public bool TryDeliverAll(int trackIndex, ReadOnlySpan<ReadOnlyMemory<byte>> packets, int framedChannel)
    {
        if ((uint)trackIndex >= (uint)_routes.Length)
        {
            return true;
        }

        var route = _routes[trackIndex];
        if (route.Kind == TrackRouteKind.Interleaved)
        {
            // on the channel the packets were framed for, the shared frames go out as they are (no per-viewer copy)
            var queued = route.RtpChannel == framedChannel
                ? Writer!.TryWriteFramed(packets)
                : Writer!.TryWriteInterleaved(route.RtpChannel, packets);
            if (!queued)
            {
                return false;
            }

            _packets += packets.Length;
            foreach (var p in packets)
            {
                _bytes += p.Length;
            }

            return true;
        }

        foreach (var packet in packets)
        {
            if (!TryDeliver(trackIndex, rtcp: false, packet))
            {
                return false;
            }
        }

        return true;
    }

    public void OnStreamEnded(string reason) => _onEnded(reason);
}
