using System.Net;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

internal sealed partial class ServerSession
{
    /// <summary>
    /// SETUP: the first one resolves the path and binds the session to it; each sets up one track over the
    /// first transport of the client's list that this server supports (RTP/AVP over TCP interleaved, or UDP
    /// unicast to client_port from the server's shared port pair).
    /// </summary>
    private async Task<RtspResponse?> SetupAsync(SessionRequest command)
    {
        var (request, target, connection, _) = command;
        RtspInvalidStateException.ThrowUnless(RtspMethod.Setup, State, RtspSessionState.Init, RtspSessionState.Ready, RtspSessionState.Playing);
        if (_source is null)
        {
            await BindAsync(target, connection, OnvifReplayRequest.Requires(request)).ConfigureAwait(false);
        }
        else if (!string.Equals(target.Path, _path, StringComparison.Ordinal))
        {
            throw new RtspRequestException(RtspStatusCodes.AggregateOperationNotAllowed, $"the session plays '{_path}', not '{target.Path}'");
        }

        _onvifReplay |= OnvifReplayRequest.Requires(request);
        var tracks = _source!.Tracks;
        var trackIndex = target.Track ?? (tracks.Count == 1
            ? 0
            : throw new RtspRequestException(RtspStatusCodes.AggregateOperationNotAllowed, "SETUP needs a track URL: the stream has several tracks"));
        if (trackIndex >= tracks.Count)
        {
            throw new RtspRequestException(RtspStatusCodes.NotFound, $"no track {trackIndex}");
        }

        var existing = _output!.Route(trackIndex);
        if (State == RtspSessionState.Playing && existing.Kind == TrackRouteKind.None)
        {
            throw new RtspInvalidStateException(RtspMethod.Setup + " of a new track", State, RtspSessionState.Init, RtspSessionState.Ready);
        }

        if (!TransportHeader.TryParse(request.Headers.Transport, out var transport))
        {
            throw new RtspRequestException(RtspStatusCodes.BadRequest, "missing or invalid Transport header");
        }

        TransportSpec? chosen = null;
        foreach (var spec in transport.Specs)
        {
            chosen = State == RtspSessionState.Playing
                ? SameTransport(spec, trackIndex, existing, connection)
                : TryRoute(spec, trackIndex, connection);
            if (chosen is not null)
            {
                break;
            }
        }

        if (chosen is null)
        {
            throw new RtspRequestException(RtspStatusCodes.UnsupportedTransport, "supported: RTP/AVP/TCP;unicast;interleaved, RTP/AVP;unicast;client_port (no multicast)");
        }

        _trackUrls[trackIndex] = request.Uri;
        if (State == RtspSessionState.Init)
        {
            SetState(RtspSessionState.Ready);
        }

        var response = RtspResponse.For(request, RtspStatusCodes.Ok);
        response.Headers.Set(RtspHeaderNames.Transport, chosen.Format());
        response.Headers.Set(RtspHeaderNames.Session, HeaderValue);
        return response;
    }

    /// <summary>Resolves the path of the first SETUP and prepares the session's output for its tracks.</summary>
    private async Task BindAsync(RequestTarget target, ServerConnection connection, bool replay)
    {
        var source = await _server.Resolver.ResolveAsync(
            new RtspPathRequest(target.Path, target.Query, User, connection.RemoteEndPoint, RtspAction.Play) { Session = Handle },
            connection.Aborted).ConfigureAwait(false)
            ?? throw new RtspRequestException(RtspStatusCodes.NotFound, $"no stream at '{target.Path}'");
        if (source is RtspStream && replay)
        {
            throw OnvifReplayRequest.NotOnLive(target.Path); // the session stays unbound, as after a 404
        }

        _source = source;
        _path = target.Path;
        var count = source.Tracks.Count;
        _trackUrls = new string[count];
        _output = new SessionOutput(Id, count, reason => End(reason));
        switch (source)
        {
            case RtspStream live:
                _live = live;
                break;
            case PlaybackMediaSource playback:
                // a replay without rate control fills at most a quarter of the viewer's queue bounds, then waits for it to drain
                var output = _output;
                var items = Math.Max(1, _server.Options.ViewerQueuePackets / 4);
                var bytes = Math.Max(1, _server.Options.ViewerQueueBytes / 4);
                _pump = new PlaybackPump(playback.Source, output, _server.Packetizers, _server.Time, _logger, _ => { }, () => output.HasBacklogUnder(items, bytes));
                break;
        }

        ServerLog.SessionBound(_logger, Id, target.Path, source is RtspStream ? "live" : "playback", count);
    }

    private TransportSpec? TryRoute(TransportSpec spec, int trackIndex, ServerConnection connection)
    {
        if (!IsPlainRtp(spec) || spec.IsMulticast == true || string.Equals(spec.Mode, "RECORD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return spec.IsTcp ? RouteInterleaved(spec, trackIndex, connection) : RouteUdp(spec, trackIndex, connection);
    }

    private TransportSpec? RouteInterleaved(TransportSpec spec, int trackIndex, ServerConnection connection)
    {
        var current = InterleavedConnection;
        if (current is not null && !ReferenceEquals(current, connection))
        {
            return null; // interleaved tracks of one session share one connection
        }

        var channel = spec.Interleaved?.First ?? FreeChannelPair(connection);
        if (channel is < 0 or > 254 || ChannelTaken(channel, trackIndex) || !connection.TryBindInterleaved(this, channel))
        {
            return null;
        }

        _output!.SetRoute(trackIndex, new TrackRoute(TrackRouteKind.Interleaved, channel));
        _output.Writer = connection.Writer;
        Volatile.Write(ref _interleavedConnection, connection);
        return new TransportSpec
        {
            Profile = "RTP/AVP",
            LowerTransport = TransportLowerProtocol.Tcp,
            IsMulticast = false,
            Interleaved = new PortRange(channel, channel + 1),
            Ssrc = Ssrc(trackIndex),
            Mode = "PLAY",
        };
    }

    private TransportSpec? RouteUdp(TransportSpec spec, int trackIndex, ServerConnection connection)
    {
        var udp = _server.Udp;
        if (udp is null || spec.ClientPort is not { } clientPort || connection.RemoteEndPoint is not IPEndPoint remote)
        {
            return null;
        }

        // media goes to the address the request came from, whatever "destination" says (no third-party targets)
        var rtcpPort = clientPort.Last ?? (clientPort.First + 1);
        if (clientPort.First is <= 0 or > 65535 || rtcpPort is <= 0 or > 65535)
        {
            return null;
        }

        var address = remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address;
        var rtp = new IPEndPoint(address, clientPort.First);
        var rtcp = new IPEndPoint(address, rtcpPort);
        if (_udp is null)
        {
            _udp = new UdpSender(Id, udp, _trackUrls.Length, _server.ViewerLimits, () => End(SessionEndReasons.ViewerTooSlow), _logger) { Loss = _server.Options.UdpRtpPacketLoss };
            _udp.Start();
            _output!.Udp = _udp;
        }

        _udp.SetDestination(trackIndex, rtp, rtcp);
        _output!.SetRoute(trackIndex, new TrackRoute(TrackRouteKind.Udp, 0));
        udp.RegisterRtcpPeer(rtcp, Touch);
        _rtcpPeers.Add(rtcp);
        return new TransportSpec
        {
            Profile = "RTP/AVP",
            IsMulticast = false,
            ClientPort = new PortRange(clientPort.First, rtcpPort),
            ServerPort = new PortRange(udp.RtpPort, udp.RtcpPort),
            Ssrc = Ssrc(trackIndex),
            Mode = "PLAY",
        };
    }

    /// <summary>A repeated SETUP of a playing track is answered with its current transport when it asks for the same kind.</summary>
    private TransportSpec? SameTransport(TransportSpec spec, int trackIndex, TrackRoute existing, ServerConnection connection)
    {
        if (!IsPlainRtp(spec) || spec.IsTcp != (existing.Kind == TrackRouteKind.Interleaved))
        {
            return null;
        }

        if (existing.Kind == TrackRouteKind.Interleaved)
        {
            return ReferenceEquals(connection, InterleavedConnection) && (spec.Interleaved is null || spec.Interleaved.Value.First == existing.RtpChannel)
                ? new TransportSpec { LowerTransport = TransportLowerProtocol.Tcp, IsMulticast = false, Interleaved = new PortRange(existing.RtpChannel, existing.RtpChannel + 1), Ssrc = Ssrc(trackIndex), Mode = "PLAY" }
                : null;
        }

        return spec.ClientPort is { } port && _server.Udp is { } udp
            ? new TransportSpec { IsMulticast = false, ClientPort = new PortRange(port.First, port.Last ?? (port.First + 1)), ServerPort = new PortRange(udp.RtpPort, udp.RtcpPort), Ssrc = Ssrc(trackIndex), Mode = "PLAY" }
            : null;
    }

    private static bool IsPlainRtp(TransportSpec spec) => string.Equals(spec.Profile, "RTP/AVP", StringComparison.OrdinalIgnoreCase);

    private bool ChannelTaken(int channel, int trackIndex)
    {
        for (var i = 0; i < _trackUrls.Length; i++)
        {
            var route = _output!.Route(i);
            if (i != trackIndex && route.Kind == TrackRouteKind.Interleaved &&
                (route.RtpChannel == channel || route.RtpChannel + 1 == channel || route.RtpChannel == channel + 1))
            {
                return true;
            }
        }

        return false;
    }

    private int FreeChannelPair(ServerConnection connection)
    {
        for (var channel = 0; channel <= 254; channel += 2)
        {
            if (!connection.IsChannelBound(channel, this) && !ChannelTaken(channel, -1))
            {
                return channel;
            }
        }

        return -1;
    }

    private uint Ssrc(int trackIndex) => _live is not null ? _live.Ssrc(trackIndex) : _pump!.Ssrc(trackIndex);
}
