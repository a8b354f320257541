using Vms.Rtsp.Headers;
using Vms.Rtsp.Messages;

namespace Vms.Rtsp.Server;

internal sealed partial class ServerSession
{
    /// <summary>
    /// PLAY: queues the response (Range, RTP-Info with the first sequence number and RTP time per track)
    /// on the requesting connection before the first media packet, then starts the media: a live viewer is
    /// attached to its stream (cached GOP first), a playback is positioned (Range: npt= or clock=) and paced
    /// at Scale.
    /// </summary>
    private async Task<RtspResponse?> PlayAsync(SessionRequest command)
    {
        var (request, target, connection, _) = command;
        RtspInvalidStateException.ThrowUnless(RtspMethod.Play, State, RtspSessionState.Ready, RtspSessionState.Playing);
        if (target.Track is not null && SetUpTrackCount() > 1)
        {
            throw new RtspRequestException(RtspStatusCodes.OnlyAggregateOperationAllowed, "PLAY applies to the whole session (its aggregate URL)");
        }

        RangeHeader? range = null;
        if (request.Headers.Get(RtspHeaderNames.Range) is { } rangeText && !RangeHeader.TryParse(rangeText, out range))
        {
            throw new RtspRequestException(RtspStatusCodes.InvalidRange, $"unreadable Range '{rangeText}'");
        }

        double? scale = null;
        if (request.Headers.Get(RtspHeaderNames.Scale) is { } scaleText)
        {
            if (!ScaleHeader.TryParse(scaleText, out var value))
            {
                throw new RtspRequestException(RtspStatusCodes.BadRequest, $"unreadable Scale '{scaleText}'");
            }

            // reverse and zero speeds are not offered: the response states the speed really used (RFC 2326 §12.34)
            scale = value > 0 ? value : 1.0;
        }

        return _live is not null
            ? PlayLive(request, connection, scale)
            : await PlayRecordedAsync(request, connection, range, scale).ConfigureAwait(false);
    }

    private RtspResponse? PlayLive(RtspRequest request, ServerConnection connection, double? scale)
    {
        var response = RtspResponse.For(request, RtspStatusCodes.Ok);
        response.Headers.Set(RtspHeaderNames.Session, HeaderValue);
        response.Headers.Set(RtspHeaderNames.Range, RangeHeader.Npt(TimeSpan.Zero).Format());
        if (scale is not null)
        {
            response.Headers.Set(RtspHeaderNames.Scale, ScaleHeader.Format(1.0)); // live plays at real time only
        }

        if (State == RtspSessionState.Playing)
        {
            return response;
        }

        // after a PAUSE the viewer already has the cached GOP's packets: it resumes at the next keyframe
        var attached = _live!.Attach(_output!, starts =>
        {
            AddRtpInfo(response, starts);
            connection.Send(response);
        }, useCache: !_everPlayed);
        if (!attached)
        {
            throw new RtspRequestException(RtspStatusCodes.NotFound, "the stream has ended");
        }

        _everPlayed = true;
        SetState(RtspSessionState.Playing);
        return null;
    }

    private async Task<RtspResponse?> PlayRecordedAsync(RtspRequest request, ServerConnection connection, RangeHeader? range, double? scale)
    {
        var pump = _pump!;
        var response = RtspResponse.For(request, RtspStatusCodes.Ok);
        response.Headers.Set(RtspHeaderNames.Session, HeaderValue);

        // ONVIF replay: every packet carries the replay extension; Rate-Control, Frames and a clock end apply
        _onvifReplay |= OnvifReplayRequest.Requires(request);
        var replay = _onvifReplay ? OnvifReplayRequest.ReadSettings(request, range) : null;
        if (State == RtspSessionState.Playing && range is null && (scale is null || scale == pump.Scale) &&
            (replay is null || (pump.Replay is { } current && replay with { CSeq = current.CSeq } == current)))
        {
            if (replay is not null)
            {
                OnvifReplayRequest.Describe(response, replay);
            }

            return response; // already playing as asked
        }

        // a PLAY while playing takes effect at once (ONVIF "Immediate: yes"; RFC 2326 leaves queueing it open)
        await pump.PauseAsync().ConfigureAwait(false);
        if (replay is not null)
        {
            pump.SetReplay(replay);
        }

        RtspSeekRequest? seek = null;
        if (range is not null && !range.IsNow)
        {
            seek = range.Unit switch
            {
                RangeUnit.Npt => new RtspSeekRequest(range.Start ?? TimeSpan.Zero, null, scale ?? pump.Scale),
                RangeUnit.Clock => new RtspSeekRequest(null, range.ClockStart, scale ?? pump.Scale),
                _ => throw new RtspRequestException(RtspStatusCodes.HeaderFieldNotValidForResource, "Range: only npt= and clock= are supported"),
            };
        }
        else if (!_everPlayed)
        {
            seek = RtspSeekRequest.Beginning with { Scale = scale ?? 1.0 };
        }
        else if (scale is not null)
        {
            pump.SetScale(scale.Value);
        }

        var (position, starts) = await pump.PrepareAsync(seek, connection.Aborted).ConfigureAwait(false);
        var playback = ((PlaybackMediaSource)_source!).Source;
        var clockRequested = range?.Unit == RangeUnit.Clock;
        if (position is { } p)
        {
            var end = playback.Range.Duration;
            response.Headers.Set(RtspHeaderNames.Range, clockRequested && p.Clock is { } clock
                ? RangeHeader.Clock(clock, replay?.End ?? playback.Range.End).Format()
                : RangeHeader.Npt(p.Npt, end).Format());
        }

        if (scale is not null)
        {
            response.Headers.Set(RtspHeaderNames.Scale, ScaleHeader.Format(pump.Scale));
        }

        if (replay is not null)
        {
            OnvifReplayRequest.Describe(response, replay);
        }

        AddRtpInfo(response, starts);
        pump.Arm(); // paced from before the response leaves
        connection.Send(response);
        pump.Start();
        _everPlayed = true;
        SetState(RtspSessionState.Playing);
        return null;
    }

    /// <summary>PAUSE: stops sending; the session returns to Ready (RFC 2326 §10.6).</summary>
    private async Task<RtspResponse?> PauseAsync(SessionRequest command)
    {
        var request = command.Request;
        RtspInvalidStateException.ThrowUnless(RtspMethod.Pause, State, RtspSessionState.Playing);
        if (_live is not null)
        {
            _live.Detach(_output!);
        }
        else
        {
            await _pump!.PauseAsync().ConfigureAwait(false);
        }

        SetState(RtspSessionState.Ready);
        return Ok(request);
    }

    /// <summary>RTP-Info: for each set-up track, the URL the client used in SETUP and what its first packet carries.</summary>
    private void AddRtpInfo(RtspResponse response, TrackStart[] starts)
    {
        var entries = new List<RtpInfoEntry>();
        for (var i = 0; i < _trackUrls.Length; i++)
        {
            if (_output!.Route(i).Kind == TrackRouteKind.None || _trackUrls[i] is not { } url)
            {
                continue;
            }

            var start = i < starts.Length ? starts[i] : default;
            if (start.Sequence is null && start.RtpTime is null)
            {
                continue;
            }

            entries.Add(new RtpInfoEntry(url, start.Sequence, start.RtpTime));
        }

        if (entries.Count > 0)
        {
            response.Headers.Set(RtspHeaderNames.RtpInfo, new RtpInfoHeader(entries).Format());
        }
    }

    private int SetUpTrackCount()
    {
        var n = 0;
        for (var i = 0; i < _trackUrls.Length; i++)
        {
            if (_output!.Route(i).Kind != TrackRouteKind.None)
            {
                n++;
            }
        }

        return n;
    }
}
