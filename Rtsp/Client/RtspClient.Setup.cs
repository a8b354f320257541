using System.Net;
using Vms.Rtsp.Headers;
using Vms.Rtsp.Media;
using Vms.Rtsp.Messages;
using Vms.Rtsp.Payloads;
using Vms.Rtsp.Rtp;
using Vms.Rtsp.Sdp;

namespace Vms.Rtsp.Client;

public sealed partial class RtspClient
{
    private readonly ClientTrack?[] _byChannel = new ClientTrack?[256];
    private string _aggregateUrl = string.Empty;
    private TimeSpan _sessionTimeout = TimeSpan.FromSeconds(SessionHeader.DefaultTimeoutSeconds);
    private bool _useGetParameter;

    private async Task NegotiateAsync(CancellationToken cancellationToken)
    {
        // OPTIONS tells whether GET_PARAMETER can serve as keep-alive; some cameras refuse OPTIONS: not fatal
        var options = await RequestAsync(RtspMethod.Options, _url, null, cancellationToken).ConfigureAwait(false);
        if (options.StatusCode == RtspStatusCodes.Unauthorized)
        {
            EnsureSuccess(options, RtspMethod.Options);
        }

        _useGetParameter = PublicHeader.TryParse(options.Headers.Get(RtspHeaderNames.Public), out var methods) && methods.Supports(RtspMethod.GetParameter);

        var describe = EnsureSuccess(
            await RequestAsync(RtspMethod.Describe, _url, r => r.Headers.Set(RtspHeaderNames.Accept, "application/sdp"), cancellationToken).ConfigureAwait(false),
            RtspMethod.Describe);
        if (!SdpReader.TryParse(describe.BodyText, out var sdp, out var error))
        {
            throw new RtspClientException(new RtspClientResult(RtspClientStopReason.ProtocolError, "unreadable SDP: " + error));
        }

        // quirk: cameras without Content-Base (or with a relative Content-Location) — the base falls back as RFC 2326 C.1.1 says
        var mapping = SdpMediaMapper.ReadTracks(sdp, SdpMediaMapper.BaseUri(describe, _url));
        _aggregateUrl = mapping.AggregateControl;
        var skipped = new List<string>(mapping.Skipped);
        foreach (var sdpTrack in mapping.Tracks)
        {
            if (!RtpPayloadFormats.IsSupported(sdpTrack.Track.Codec))
            {
                skipped.Add($"{sdpTrack.Track.Codec}: no depacketizer");
                continue;
            }

            await SetupAsync(sdpTrack, cancellationToken).ConfigureAwait(false);
        }

        if (_tracks.Count == 0)
        {
            throw new RtspClientException(new RtspClientResult(RtspClientStopReason.Refused, "no playable track in the SDP (" + string.Join("; ", skipped) + ")"));
        }

        _mediaTracks = [.. _tracks.Select(t => t.Track)];
        var now = _time.GetTimestamp();
        Interlocked.Exchange(ref _lastMedia, now);
        _lastKeepAlive = now;
        _lastReport = now;

        // quirk: some servers send RTP before the PLAY response; the read loop already routes it to the set-up tracks
        var play = await RequestAsync(RtspMethod.Play, _aggregateUrl, r => r.Headers.Set(RtspHeaderNames.Range, "npt=0.000-"), cancellationToken).ConfigureAwait(false);
        EnsureSuccess(play, RtspMethod.Play);
        TakeSession(play);
        Interlocked.Exchange(ref _lastMedia, _time.GetTimestamp());
        ClientLog.Playing(_logger, _url, _tracks.Count, skipped);
    }

    private async Task SetupAsync(SdpTrack sdpTrack, CancellationToken cancellationToken)
    {
        var index = _tracks.Count;
        var controlUrl = sdpTrack.Track.Control ?? _aggregateUrl;
        var track = sdpTrack.Track with { Index = index, Control = controlUrl };
        UdpTrackSockets? udp = null;
        string transport;
        if (_options.Transport == RtspClientTransport.Udp)
        {
            udp = UdpTrackSockets.Bind(_options.UdpBindAddress, _options.UdpPortBase == 0 ? 0 : _options.UdpPortBase + (2 * index), _logger);
            transport = $"RTP/AVP;unicast;client_port={udp.RtpPort}-{udp.RtpPort + 1}";
        }
        else
        {
            transport = $"RTP/AVP/TCP;unicast;interleaved={2 * index}-{(2 * index) + 1}";
        }

        RtspResponse response;
        try
        {
            response = EnsureSuccess(
                await RequestAsync(RtspMethod.Setup, controlUrl, r => r.Headers.Set(RtspHeaderNames.Transport, transport), cancellationToken).ConfigureAwait(false),
                RtspMethod.Setup);
        }
        catch
        {
            if (udp is not null)
            {
                await udp.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        TakeSession(response);
        var spec = TransportHeader.TryParse(response.Headers.Transport, out var answered) && answered.Specs.Count > 0 ? answered.Specs[0] : null;

        // quirk: cameras that announce one SSRC and send another; the receiver takes the first source it sees
        var receiver = new RtpTrackReceiver(
            track,
            unit => Deliver(index, unit),
            new RtpTrackReceiverOptions { PayloadType = (byte)sdpTrack.PayloadType, ReorderCapacity = udp is null ? 1 : 64 },
            _logger);
        var clientTrack = new ClientTrack(index, track, controlUrl, receiver);
        if (udp is null)
        {
            // the server may choose other channels than asked; a single channel means RTCP on the next one
            var channel = spec?.Interleaved?.First ?? (2 * index);
            var rtcpChannel = spec?.Interleaved?.Last ?? (channel + 1);
            if (channel is < 0 or > 255 || rtcpChannel is < 0 or > 255)
            {
                throw new RtspClientException(new RtspClientResult(RtspClientStopReason.ProtocolError, $"interleaved channels {channel}-{rtcpChannel} out of range"));
            }

            clientTrack.RtpChannel = channel;
            _byChannel[channel] = clientTrack;
            _byChannel[rtcpChannel] = clientTrack;
        }
        else
        {
            if (spec?.ServerPort is { } serverPort && _connection!.RemoteEndPoint is IPEndPoint server)
            {
                clientTrack.ServerRtcp = new IPEndPoint(server.Address, serverPort.Last ?? (serverPort.First + 1));
            }

            clientTrack.Udp = udp;
            udp.Start(data => OnMediaPacket(clientTrack, data, rtcp: false), data => OnMediaPacket(clientTrack, data, rtcp: true));
        }

        _tracks.Add(clientTrack);
    }

    private void Deliver(int index, AccessUnit unit)
    {
        var delivered = _frames.Writer.TryWrite(new RtspMediaFrame(index, unit));
        _tracks[index].CountAccessUnit(delivered);
    }
}
